package fr.entraide.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entraide.common.NativeSql;
import fr.entraide.common.ProblemResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
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

    private static final String INTO = "insert into audit_event (occurred_at, organisation_id, actor_type, actor_id, action, "
            + "target_type, target_id, request_id, details) ";
    private static final String INSERT = INTO + "values (:at, :organisation, :actorType, :actor, :action, :targetType, :target, "
            + ":request, cast(:details as jsonb))";

    @Inject
    NativeSql sql;

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
     * One statement through {@link NativeSql}, on the connection of the caller's transaction: every
     * read of a record writes one of these, and the ORM's identity insert (insert … returning *, an
     * entity to manage) cost as much as reading the record.
     */
    private void write(UUID organisationId, String actorType, UUID actorId, String action, String targetType,
            String targetId, Map<String, ?> details) {
        Map<String, Object> values = new HashMap<>();
        values.put("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        values.put("organisation", organisationId);
        values.put("actorType", actorType);
        values.put("actor", actorId);
        values.put("action", action);
        values.put("targetType", targetType);
        values.put("target", targetId);
        values.put("request", ProblemResponses.RequestIds.current());
        try {
            values.put("details", details == null || details.isEmpty() ? null : mapper.writeValueAsString(details));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Unserialisable audit details", e);
        }
        sql.update(INSERT, values);
    }

    /**
     * A select of at most one row (with organisation_id and id columns) made into one statement
     * that also records that the calling agent read that row, when there is one: for the hottest
     * read, one round trip to the database instead of two. The event's values are added to
     * {@code params}; the event is the one {@link #agent} writes, without details.
     */
    public String agentRead(String select, UUID agentId, String action, String targetType, Map<String, Object> params) {
        params.put("auditAt", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        params.put("auditActor", agentId);
        params.put("auditAction", action);
        params.put("auditTargetType", targetType);
        params.put("auditRequest", ProblemResponses.RequestIds.current());
        return "with found as (" + select + "), audited as (" + INTO + "select :auditAt, found.organisation_id, 'AGENT', "
                + ":auditActor, :auditAction, :auditTargetType, found.id::text, :auditRequest, null from found) select * from found";
    }
}
