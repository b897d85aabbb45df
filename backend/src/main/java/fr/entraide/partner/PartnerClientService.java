package fr.entraide.partner;

import fr.entraide.audit.AuditLog;
import fr.entraide.common.ProblemException;
import fr.entraide.partner.dto.CreatePartnerClientRequest;
import fr.entraide.partner.dto.PartnerClientCreated;
import fr.entraide.partner.dto.PartnerClientView;
import fr.entraide.security.CallerScope;
import fr.entraide.security.PasswordHasher;
import fr.entraide.security.Role;
import fr.entraide.security.TokenIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Registration of partner clients by an administrator, and their client-credentials tokens. */
@ApplicationScoped
public class PartnerClientService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CLIENT_ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    @Inject
    CallerScope caller;

    @Inject
    PasswordHasher hasher;

    @Inject
    TokenIssuer tokens;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<PartnerClientView> list() {
        caller.require(Role.ADMIN);
        return PartnerClient.<PartnerClient>list("organisationId = ?1 order by name", caller.organisationId())
                .stream().map(PartnerClientService::view).toList();
    }

    @Transactional
    public PartnerClientCreated create(CreatePartnerClientRequest request) {
        caller.require(Role.ADMIN);
        if (request.type() == PartnerType.DEPARTEMENT && request.departement() == null) {
            throw ProblemException.invalidField("departement", "Le code du département est obligatoire pour un département.");
        }
        return register(caller.organisationId(), caller.agentId(), request.name().trim(), request.type(),
                request.departement());
    }

    /** Creates a client and returns its secret, which is never stored in clear. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PartnerClientCreated register(UUID organisationId, UUID createdBy, String name, PartnerType type,
            String departement) {
        return register(organisationId, createdBy, name, type, departement, randomClientId(), randomSecret());
    }

    /** Creates a client with chosen credentials (demo data only). */
    @Transactional(Transactional.TxType.MANDATORY)
    public PartnerClientCreated register(UUID organisationId, UUID createdBy, String name, PartnerType type,
            String departement, String clientId, String secret) {
        PartnerClient client = new PartnerClient();
        client.id = UUID.randomUUID();
        client.organisationId = organisationId;
        client.clientId = clientId;
        client.name = name;
        client.type = type;
        client.departement = departement;
        client.secretHash = hasher.hash(secret);
        client.createdAt = clock.instant();
        client.createdBy = createdBy;
        client.persist();
        if (createdBy != null) {
            audit.agent(organisationId, createdBy, "PARTNER_CREATED", "partner", client.id.toString(), Map.of("type", type));
        } else {
            audit.system(organisationId, "PARTNER_CREATED", "partner", client.id.toString(), Map.of("type", type));
        }
        return new PartnerClientCreated(view(client), secret);
    }

    /**
     * Issues a new secret while the current one stays valid, so the partner can deploy the new
     * one without downtime; the administrator then retires the previous one. A rotation during a
     * rotation replaces the pending new secret and keeps the oldest one, which the partner still uses.
     */
    @Transactional
    public PartnerClientCreated rotateSecret(UUID id) {
        caller.require(Role.ADMIN);
        PartnerClient client = find(id);
        String secret = randomSecret();
        if (client.previousSecretHash == null) {
            client.previousSecretHash = client.secretHash;
        }
        client.secretHash = hasher.hash(secret);
        client.secretRotatedAt = clock.instant();
        audit.agent(client.organisationId, caller.agentId(), "PARTNER_SECRET_ROTATED", "partner", client.id.toString(), Map.of());
        return new PartnerClientCreated(view(client), secret);
    }

    /** Ends a rotation: only the newest secret is accepted from now on. */
    @Transactional
    public PartnerClientView retirePreviousSecret(UUID id) {
        caller.require(Role.ADMIN);
        PartnerClient client = find(id);
        if (client.previousSecretHash == null) {
            throw ProblemException.conflict("Aucune rotation en cours : il n'y a pas d'ancien secret à retirer.");
        }
        client.previousSecretHash = null;
        audit.agent(client.organisationId, caller.agentId(), "PARTNER_SECRET_RETIRED", "partner", client.id.toString(), Map.of());
        return view(client);
    }

    /** Sets this client's rate limit (requests per minute), or back to the default with null. */
    @Transactional
    public PartnerClientView setRateLimit(UUID id, Integer perMinute) {
        caller.require(Role.ADMIN);
        PartnerClient client = find(id);
        client.rateLimitPerMinute = perMinute;
        audit.agent(client.organisationId, caller.agentId(), "PARTNER_RATE_LIMIT_SET", "partner", client.id.toString(),
                perMinute == null ? Map.of() : Map.of("perMinute", perMinute));
        return view(client);
    }

    /** A partner of the caller's organisation, as the administration shows it, or 404. */
    public PartnerClientView get(UUID id) {
        return view(owned(id));
    }

    /** A partner client of the caller's organisation, or 404. */
    public PartnerClient owned(UUID id) {
        caller.require(Role.ADMIN);
        return find(id);
    }

    @Transactional
    public PartnerClientView setEnabled(UUID id, boolean enabled) {
        caller.require(Role.ADMIN);
        PartnerClient client = find(id);
        client.enabled = enabled;
        audit.agent(client.organisationId, caller.agentId(), enabled ? "PARTNER_ENABLED" : "PARTNER_DISABLED", "partner",
                client.id.toString(), Map.of());
        return view(client);
    }

    /** The token for valid, enabled credentials; empty otherwise (whatever the reason). */
    @Transactional
    public Optional<String> token(String clientId, String clientSecret) {
        if (clientId == null || clientSecret == null || clientId.length() > 100 || clientSecret.length() > 200) {
            hasher.burn(clientSecret);
            return Optional.empty();
        }
        PartnerClient client = PartnerClient.find("clientId", clientId).firstResult();
        if (client == null) {
            hasher.burn(clientSecret);
            return Optional.empty();
        }
        boolean matches = hasher.matches(clientSecret, client.secretHash);
        boolean previous = false;
        if (!matches && client.previousSecretHash != null) {
            matches = previous = hasher.matches(clientSecret, client.previousSecretHash);
        }
        if (!matches || !client.enabled) {
            audit.system(client.organisationId, "PARTNER_TOKEN_REFUSED", "partner", client.id.toString(), Map.of());
            return Optional.empty();
        }
        client.lastUsedAt = clock.instant();
        audit.partner(client.organisationId, client.id, "PARTNER_TOKEN_ISSUED", "partner", client.id.toString(),
                previous ? Map.of("previousSecret", true) : Map.of());
        return Optional.of(tokens.partnerToken(client.id, client.organisationId, client.type.name(), client.departement));
    }

    private PartnerClient find(UUID id) {
        PartnerClient client = PartnerClient.find("id = ?1 and organisationId = ?2", id, caller.organisationId()).firstResult();
        if (client == null) {
            throw ProblemException.notFound("Aucun partenaire de votre organisation n'a cet identifiant.");
        }
        return client;
    }

    static PartnerClientView view(PartnerClient c) {
        return new PartnerClientView(c.id, c.clientId, c.name, c.type, c.departement, c.enabled, c.createdAt, c.lastUsedAt,
                c.previousSecretHash != null, c.secretRotatedAt, c.rateLimitPerMinute);
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String randomClientId() {
        StringBuilder id = new StringBuilder("ptn_");
        for (int i = 0; i < 16; i++) {
            id.append(CLIENT_ID_ALPHABET.charAt(RANDOM.nextInt(CLIENT_ID_ALPHABET.length())));
        }
        return id.toString();
    }
}
