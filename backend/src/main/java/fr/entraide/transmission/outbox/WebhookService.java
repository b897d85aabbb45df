package fr.entraide.transmission.outbox;

import fr.entraide.audit.AuditLog;
import fr.entraide.common.Page;
import fr.entraide.common.ProblemException;
import fr.entraide.partner.PartnerClient;
import fr.entraide.security.crypto.FieldCipher;
import fr.entraide.transmission.dto.WebhookDtos.AttemptView;
import fr.entraide.transmission.dto.WebhookDtos.DeliveryDetail;
import fr.entraide.transmission.dto.WebhookDtos.DeliveryStatus;
import fr.entraide.transmission.dto.WebhookDtos.DeliveryView;
import fr.entraide.transmission.dto.WebhookDtos.WebhookCreated;
import fr.entraide.transmission.dto.WebhookDtos.WebhookView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Webhook registration and the delivery log, for administrators and for the partner itself. */
@ApplicationScoped
public class WebhookService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_WEBHOOKS = 5;

    @Inject
    EntityManager em;

    @Inject
    FieldCipher cipher;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Registers a webhook; the secret is returned once and kept encrypted (it must be readable to sign). */
    @Transactional
    public WebhookCreated register(PartnerClient partner, String url, UUID agentId) {
        String checked = checkUrl(url);
        if (WebhookSubscription.count("partnerId = ?1 and enabled", partner.id) >= MAX_WEBHOOKS) {
            throw ProblemException.conflict("Ce partenaire a déjà " + MAX_WEBHOOKS + " webhooks actifs : supprimez-en un d'abord.");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.partnerId = partner.id;
        s.url = checked;
        s.secret = cipher.encrypt(secret, s.id.toString());
        s.createdAt = clock.instant();
        s.createdBy = agentId;
        s.persist();
        auditChange(partner, agentId, "WEBHOOK_REGISTERED", s.id);
        // A first event, so the integrator can check its signature verification at once.
        outbox.publish(partner.organisationId, partner.id, Outbox.WEBHOOK_TEST, Map.of("webhookId", s.id));
        return new WebhookCreated(view(s), secret);
    }

    public List<WebhookView> list(PartnerClient partner) {
        return WebhookSubscription.<WebhookSubscription>list("partnerId = ?1 and enabled order by createdAt", partner.id)
                .stream().map(this::view).toList();
    }

    /** Stops pushing to this webhook; its pending deliveries are abandoned, its log kept. */
    @Transactional
    public void remove(PartnerClient partner, UUID webhookId, UUID agentId) {
        WebhookSubscription s = WebhookSubscription.find("id = ?1 and partnerId = ?2 and enabled", webhookId, partner.id).firstResult();
        if (s == null) {
            throw ProblemException.notFound("Aucun webhook actif de ce partenaire n'a cet identifiant.");
        }
        s.enabled = false;
        em.createNativeQuery("update webhook_delivery set status = 'FAILED', last_error = 'Webhook supprimé', lease_until = null "
                + "where subscription_id = ?1 and status = 'PENDING'").setParameter(1, s.id).executeUpdate();
        auditChange(partner, agentId, "WEBHOOK_REMOVED", s.id);
    }

    private static final String DELIVERY_COLUMNS = "d.id, d.event_id, e.type, s.id, s.url, d.status, d.attempts, "
            + "d.next_attempt_at, d.delivered_at, d.last_error, d.created_at";

    public Page<DeliveryView> deliveries(PartnerClient partner, DeliveryStatus status, int page, int size) {
        String where = " from webhook_delivery d join outbox_event e on e.id = d.event_id "
                + "join webhook_subscription s on s.id = d.subscription_id where s.partner_id = ?1"
                + (status == null ? "" : " and d.status = ?2");
        var count = em.createNativeQuery("select count(*)" + where).setParameter(1, partner.id);
        var select = em.createNativeQuery("select " + DELIVERY_COLUMNS + where + " order by d.created_at desc, d.id limit "
                + size + " offset " + ((long) page * size)).setParameter(1, partner.id);
        if (status != null) {
            count.setParameter(2, status.name());
            select.setParameter(2, status.name());
        }
        long total = ((Number) count.getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        return new Page<>(rows.stream().map(WebhookService::delivery).toList(), total, page, size);
    }

    public DeliveryDetail delivery(PartnerClient partner, UUID deliveryId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + DELIVERY_COLUMNS + ", e.payload::text from webhook_delivery d "
                + "join outbox_event e on e.id = d.event_id join webhook_subscription s on s.id = d.subscription_id "
                + "where d.id = ?1 and s.partner_id = ?2").setParameter(1, deliveryId).setParameter(2, partner.id).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Aucune livraison de ce partenaire n'a cet identifiant.");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> attempts = em.createNativeQuery("select attempted_at, http_status, error, duration_ms from webhook_attempt "
                + "where delivery_id = ?1 order by id").setParameter(1, deliveryId).getResultList();
        return new DeliveryDetail(delivery(rows.get(0)), (String) rows.get(0)[11], attempts.stream()
                .map(a -> new AttemptView(instant(a[0]), a[1] == null ? null : ((Number) a[1]).intValue(), (String) a[2],
                        ((Number) a[3]).intValue()))
                .toList());
    }

    /** Sends the same event again (same event id) as soon as the worker passes. */
    @Transactional
    public DeliveryView replay(PartnerClient partner, UUID deliveryId, UUID agentId) {
        DeliveryDetail detail = delivery(partner, deliveryId);
        WebhookSubscription s = WebhookSubscription.findById(detail.delivery().webhookId());
        if (!s.enabled) {
            throw ProblemException.conflict("Ce webhook a été supprimé : la livraison ne peut pas être rejouée.");
        }
        em.createNativeQuery("update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?1, "
                + "lease_until = null where id = ?2").setParameter(1, clock.instant()).setParameter(2, deliveryId).executeUpdate();
        auditChange(partner, agentId, "WEBHOOK_DELIVERY_REPLAYED", deliveryId);
        return delivery(partner, deliveryId).delivery();
    }

    private void auditChange(PartnerClient partner, UUID agentId, String action, UUID target) {
        if (agentId != null) {
            audit.agent(partner.organisationId, agentId, action, "webhook", target.toString(), Map.of("partnerId", partner.id));
        } else {
            audit.partner(partner.organisationId, partner.id, action, "webhook", target.toString(), Map.of());
        }
    }

    private WebhookView view(WebhookSubscription s) {
        long pending = ((Number) em.createNativeQuery("select count(*) from webhook_delivery where subscription_id = ?1 "
                + "and status = 'PENDING'").setParameter(1, s.id).getSingleResult()).longValue();
        long failed = ((Number) em.createNativeQuery("select count(*) from webhook_delivery where subscription_id = ?1 "
                + "and status = 'FAILED'").setParameter(1, s.id).getSingleResult()).longValue();
        return new WebhookView(s.id, s.partnerId, s.url, s.enabled, s.createdAt, pending, failed);
    }

    private static DeliveryView delivery(Object[] r) {
        return new DeliveryView((UUID) r[0], (UUID) r[1], (String) r[2], (UUID) r[3], (String) r[4],
                DeliveryStatus.valueOf((String) r[5]), ((Number) r[6]).intValue(), instant(r[7]), instant(r[8]),
                (String) r[9], instant(r[10]));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected time type " + value.getClass());
    }

    private static String checkUrl(String url) {
        String trimmed = url == null ? "" : url.trim();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))
                    || uri.getUserInfo() != null || uri.getFragment() != null) {
                throw ProblemException.invalidField("url", "Adresse invalide : une URL http(s) absolue est attendue, sans identifiants.");
            }
            return uri.toString();
        } catch (java.net.URISyntaxException e) {
            throw ProblemException.invalidField("url", "Adresse invalide : une URL http(s) absolue est attendue, sans identifiants.");
        }
    }
}
