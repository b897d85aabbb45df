package fr.entraide.testing;

import fr.entraide.organisation.Agent;
import fr.entraide.organisation.Organisation;
import fr.entraide.organisation.OrganisationCommune;
import fr.entraide.organisation.OrganisationKind;
import fr.entraide.partner.PartnerClientService;
import fr.entraide.partner.PartnerType;
import fr.entraide.partner.dto.PartnerClientCreated;
import fr.entraide.security.PasswordHasher;
import fr.entraide.security.Role;
import fr.entraide.security.TokenIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Builds the data each test needs, directly in the test database. */
@ApplicationScoped
public class Fixtures {

    public static final String PASSWORD = "Un-Mot-De-Passe-De-Test";

    @Inject
    PasswordHasher hasher;

    @Inject
    TokenIssuer tokens;

    @Inject
    PartnerClientService partners;

    @Inject
    fr.entraide.aidrequest.DefaultCatalogue catalogue;

    /** An organisation with its communes (code → name). */
    public record Org(UUID id, List<String> communes) {
    }

    public record TestAgent(UUID id, UUID organisationId, String email, Set<Role> roles) {
    }

    public record TestPartner(UUID id, UUID organisationId, String clientId, String secret, PartnerType type, String departement) {
    }

    @Transactional
    public Org organisation(OrganisationKind kind, String... communeCodes) {
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.name = "Organisation de test " + organisation.id.toString().substring(0, 8);
        organisation.kind = kind;
        organisation.createdAt = Instant.now();
        organisation.persist();
        for (String code : communeCodes) {
            OrganisationCommune commune = new OrganisationCommune();
            commune.organisationId = organisation.id;
            commune.inseeCode = code;
            commune.name = "Commune " + code;
            commune.departement = code.substring(0, 2);
            commune.postcodes = new String[0];
            commune.persist();
        }
        catalogue.seed(organisation.id);
        return new Org(organisation.id, List.of(communeCodes));
    }

    public Org cias() {
        return organisation(OrganisationKind.CIAS, "38052", "38005", "38527");
    }

    @Transactional
    public TestAgent agent(Org org, Set<Role> roles, String... communes) {
        Agent agent = new Agent();
        agent.id = UUID.randomUUID();
        agent.organisationId = org.id();
        agent.email = "agent-" + agent.id.toString().substring(0, 13) + "@test.entraide.fr";
        agent.emailKey = Agent.emailKey(agent.email);
        agent.firstName = "Prénom";
        agent.lastName = "Nom";
        agent.passwordHash = hasher.hash(PASSWORD);
        agent.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        agent.communes = new HashSet<>(List.of(communes));
        agent.createdAt = Instant.now();
        agent.updatedAt = agent.createdAt;
        agent.persist();
        return new TestAgent(agent.id, org.id(), agent.email, agent.roles);
    }

    public TestAgent agent(Org org, Role role, String... communes) {
        return agent(org, EnumSet.of(role), communes);
    }

    public TestPartner partner(Org org, PartnerType type) {
        return partner(org, type, type == PartnerType.DEPARTEMENT ? "38" : null);
    }

    @Transactional
    public TestPartner partner(Org org, PartnerType type, String departement) {
        PartnerClientCreated created = partners.register(org.id(), null, "Partenaire " + type + (departement == null ? "" : " " + departement),
                type, departement);
        return new TestPartner(created.client().id(), org.id(), created.client().clientId(), created.clientSecret(), type,
                departement);
    }

    /** Sets a partner's own rate limit (requests per minute). */
    @Transactional
    public void rateLimit(TestPartner partner, int perMinute) {
        fr.entraide.partner.PartnerClient client = fr.entraide.partner.PartnerClient.findById(partner.id());
        client.rateLimitPerMinute = perMinute;
    }

    /** A valid access token, as login would issue it. */
    public String token(TestAgent agent) {
        return tokens.staffToken(agent.id(), agent.organisationId(), agent.roles());
    }

    public String token(TestPartner partner) {
        return tokens.partnerToken(partner.id(), partner.organisationId(), partner.type().name(), partner.departement());
    }

    @Transactional
    public void disable(TestAgent agent) {
        Agent entity = Agent.findById(agent.id());
        entity.enabled = false;
    }
}
