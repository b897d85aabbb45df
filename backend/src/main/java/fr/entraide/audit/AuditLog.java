package fr.entraide.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entraide.common.ProblemResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Writes audit events in the caller's transaction, so an audited change and its trace commit or
 * fail together. Details must never hold personal data (names, NIR), only ids and flags.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    Clock clock;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void agent(UUID organisationId, UUID agentId, String action, String targetType, String targetId,
            Map<String, ?> details) {
        write(organisationId, "AGENT", agentId, action, targetType, targetId, details);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void partner(UUID organisationId, UUID partnerId, String action, String targetType, String targetId,
            Map<String, ?> details) {
        write(organisationId, "PARTNER", partnerId, action, targetType, targetId, details);
    }

    /** Every call of a partner to its API, kept even when the call itself fails afterwards. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void partnerAccess(UUID organisationId, UUID partnerId, String method, String path) {
        Map<String, String> details = new java.util.LinkedHashMap<>();
        if (method != null) {
            details.put("method", method);
        }
        if (path != null) {
            details.put("path", path.length() > 300 ? path.substring(0, 300) : path);
        }
        write(organisationId, "PARTNER", partnerId, "PARTNER_ACCESS", "partner", partnerId.toString(), details);
    }

    /** A partner token refused by an operation's roles (staff or another partner type). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void partnerDenied(UUID organisationId, UUID partnerId, String operation) {
        Map<String, String> details = new java.util.LinkedHashMap<>();
        if (operation != null) {
            details.put("operation", operation.length() > 300 ? operation.substring(0, 300) : operation);
        }
        write(organisationId, "PARTNER", partnerId, "PARTNER_ACCESS_DENIED", "partner", partnerId.toString(), details);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void system(UUID organisationId, String action, String targetType, String targetId, Map<String, ?> details) {
        write(organisationId, "SYSTEM", null, action, targetType, targetId, details);
    }

    /**
     * One statement, no entity: every read of a record writes one of these, and the ORM's identity
     * insert (insert … returning *, an entity to manage) cost as much as reading the record.
     */
    private void write(UUID organisationId, String actorType, UUID actorId, String action, String targetType,
            String targetId, Map<String, ?> details) {
        String json;
        try {
            json = details == null || details.isEmpty() ? null : mapper.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Unserialisable audit details", e);
        }
        em.createNativeQuery("insert into audit_event (occurred_at, organisation_id, actor_type, actor_id, action, target_type, "
                + "target_id, request_id, details) values (?1, cast(?2 as uuid), ?3, cast(?4 as uuid), ?5, ?6, ?7, ?8, cast(?9 as jsonb))")
                .setParameter(1, clock.instant())
                .setParameter(2, organisationId == null ? null : organisationId.toString())
                .setParameter(3, actorType)
                .setParameter(4, actorId == null ? null : actorId.toString())
                .setParameter(5, action)
                .setParameter(6, targetType)
                .setParameter(7, targetId)
                .setParameter(8, ProblemResponses.RequestIds.current())
                .setParameter(9, json)
                .executeUpdate();
    }
}
