package fr.entraide.partner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entraide.common.ProblemException;
import fr.entraide.common.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Idempotency-Key on partner POSTs: the key is stored with a hash of the request and the answer,
 * in the transaction of the effect. The same key with the same request answers the stored result
 * without a second effect; with another request it is refused. A failed request stores nothing
 * (its transaction rolls back), so the partner may retry it with the same key. A concurrent
 * duplicate waits on the key's row until the first commits, then replays its answer.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7E]{1,200}$");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    @Inject
    fr.entraide.security.crypto.FieldCipher cipher;

    private static final String ENCRYPTED = "enc:";

    /** Runs the action once per (partner, key) and answers its JSON result with this status. */
    @Transactional
    public <T> Response run(PartnerClient client, String key, String operation, Object input, int status, Supplier<T> action) {
        return run(client, key, operation, input, status, false, action);
    }

    /**
     * The same, for an answer that holds a secret (a webhook's signing secret): the stored copy is
     * encrypted with the data key, bound to the partner and the key.
     */
    @Transactional
    public <T> Response run(PartnerClient client, String key, String operation, Object input, int status, boolean secret,
            Supplier<T> action) {
        if (key == null) {
            return json(status, serialise(action.get()), false);
        }
        if (!KEY.matcher(key).matches()) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST,
                    "L'en-tête Idempotency-Key doit compter 1 à 200 caractères ASCII visibles (un UUID par exemple).");
        }
        String hash = hash(operation, input);
        int inserted = em.createNativeQuery("insert into idempotency_key (partner_id, idem_key, request_hash, created_at) "
                + "values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, client.id).setParameter(2, key).setParameter(3, hash).setParameter(4, clock.instant())
                .executeUpdate();
        if (inserted == 0) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select request_hash, response_status, response_body from idempotency_key "
                    + "where partner_id = ?1 and idem_key = ?2").setParameter(1, client.id).setParameter(2, key).getResultList();
            Object[] row = rows.get(0);
            if (!hash.equals(row[0])) {
                throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "Cette clé d'idempotence a déjà servi pour une "
                        + "requête différente : utilisez une nouvelle clé pour une nouvelle requête.");
            }
            if (row[1] == null) {
                throw ProblemException.conflict("Une requête avec cette clé d'idempotence est en cours : réessayez plus tard.");
            }
            String stored = (String) row[2];
            if (stored != null && stored.startsWith(ENCRYPTED)) {
                stored = cipher.decrypt(java.util.Base64.getDecoder().decode(stored.substring(ENCRYPTED.length())), client.id + "/" + key);
            }
            return json(((Number) row[1]).intValue(), stored, true);
        }
        String body = serialise(action.get());
        String stored = secret ? ENCRYPTED + java.util.Base64.getEncoder().encodeToString(cipher.encrypt(body, client.id + "/" + key))
                : body;
        em.createNativeQuery("update idempotency_key set response_status = ?1, response_body = ?2 where partner_id = ?3 and idem_key = ?4")
                .setParameter(1, status).setParameter(2, stored).setParameter(3, client.id).setParameter(4, key).executeUpdate();
        return json(status, body, false);
    }

    /** Keys are kept a week: long enough for any retry, short enough for the table to stay small. */
    @io.quarkus.scheduler.Scheduled(every = "{entraide.idempotency.purge}", identity = "idempotency-purge",
            concurrentExecution = io.quarkus.scheduler.Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purge() {
        em.createNativeQuery("delete from idempotency_key where created_at < ?1")
                .setParameter(1, clock.instant().minus(java.time.Duration.ofDays(7))).executeUpdate();
    }

    private static Response json(int status, String body, boolean replayed) {
        Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON).entity(body);
        if (replayed) {
            response.header(REPLAYED_HEADER, "true");
        }
        return response.build();
    }

    private String serialise(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hash(String operation, Object input) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(mapper.writeValueAsBytes(input));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
