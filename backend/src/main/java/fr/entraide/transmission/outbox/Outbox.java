package fr.entraide.transmission.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The transactional outbox: {@link #publish} writes the event, and one pending delivery per
 * enabled webhook of the partner, in the caller's transaction, so an event exists if and only if
 * the change it reports was committed. {@link OutboxWorker} delivers it afterwards.
 */
@ApplicationScoped
public class Outbox {

    /** Event types, as partners see them. */
    public static final String TRANSMISSION_AVAILABLE = "transmission.available";
    public static final String ACKNOWLEDGEMENT_RECORDED = "transmission.acknowledgement.recorded";
    public static final String DECISION_RECORDED = "transmission.decision.recorded";
    public static final String ORIENTATION_RECEIVED = "orientation.received";
    public static final String WEBHOOK_TEST = "webhook.test";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(UUID organisationId, UUID partnerId, String type, Map<String, ?> data) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", id);
        payload.put("type", type);
        payload.put("occurredAt", now.toString());
        payload.put("data", data);
        String json;
        try {
            json = mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Unserialisable event", e);
        }
        em.createNativeQuery("insert into outbox_event (id, organisation_id, partner_id, type, payload, created_at) "
                + "values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6)")
                .setParameter(1, id).setParameter(2, organisationId).setParameter(3, partnerId).setParameter(4, type)
                .setParameter(5, json).setParameter(6, now).executeUpdate();
        em.createNativeQuery("insert into webhook_delivery (id, event_id, subscription_id, status, next_attempt_at, created_at) "
                + "select gen_random_uuid(), ?1, s.id, 'PENDING', ?2, ?2 from webhook_subscription s "
                + "where s.partner_id = ?3 and s.enabled")
                .setParameter(1, id).setParameter(2, now).setParameter(3, partnerId).executeUpdate();
        return id;
    }
}
