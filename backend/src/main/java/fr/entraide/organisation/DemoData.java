package fr.entraide.organisation;

import fr.entraide.audit.AuditLog;
import fr.entraide.demo.BulkSeeder;
import fr.entraide.partner.PartnerClientService;
import fr.entraide.partner.PartnerType;
import fr.entraide.partner.dto.PartnerClientCreated;
import fr.entraide.referentiel.Referentiel;
import fr.entraide.referentiel.dto.RefCommuneView;
import fr.entraide.security.PasswordHasher;
import fr.entraide.security.Role;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * {@code make demo}: a fictitious CIAS on three real communes of the Oisans, one agent per role
 * and three partner clients, so a newcomer can click around. Idempotent; off unless
 * ENTRAIDE_DEMO=true. All persons and accounts are invented.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final UUID DEMO_ORGANISATION = UUID.fromString("00000000-0000-4000-8000-00000000de30");
    private static final List<String> COMMUNES = List.of("38052", "38005", "38527");

    @ConfigProperty(name = "entraide.demo.enabled")
    boolean enabled;

    @ConfigProperty(name = "entraide.demo.password")
    String password;

    @Inject
    Referentiel referentiel;

    @Inject
    PasswordHasher hasher;

    @Inject
    PartnerClientService partners;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    BulkSeeder seeder;

    @Transactional
    void onStart(@Observes @Priority(Bootstrap.STARTUP_PRIORITY + 10) StartupEvent event) {
        if (!enabled || Organisation.findById(DEMO_ORGANISATION) != null) {
            return;
        }
        Organisation cias = new Organisation();
        cias.id = DEMO_ORGANISATION;
        cias.name = "CIAS des Trois Vallées (démonstration)";
        cias.kind = OrganisationKind.CIAS;
        cias.epciCode = "243800745";
        cias.departement = "38";
        cias.createdAt = clock.instant();
        cias.persist();
        for (String code : COMMUNES) {
            RefCommuneView ref = referentiel.currentCommune(code).orElseThrow();
            OrganisationCommune commune = new OrganisationCommune();
            commune.organisationId = cias.id;
            commune.inseeCode = ref.inseeCode();
            commune.name = ref.name();
            commune.departement = ref.departement();
            commune.postcodes = ref.postcodes().toArray(String[]::new);
            commune.persist();
        }
        agent(cias, "admin.demo@entraide.local", "Camille", "Administratrice", Role.ADMIN, Set.of());
        agent(cias, "instructeur.demo@entraide.local", "Julien", "Instructeur", Role.INSTRUCTEUR, Set.of());
        agent(cias, "accueil.demo@entraide.local", "Nadia", "Accueil", Role.ACCUEIL, Set.of("38005"));
        agent(cias, "president.demo@entraide.local", "Bernard", "Président", Role.PRESIDENT, Set.of());
        // Sixty invented persons of the three communes, always the same ones (fixed seed).
        seeder.topUpWithinTransaction(cias.id, 60, 38052);
        StringBuilder secrets = new StringBuilder();
        for (var partner : List.of(
                new Object[] { "Département de l'Isère (démonstration)", PartnerType.DEPARTEMENT, "38" },
                new Object[] { "CAF de l'Isère (démonstration)", PartnerType.CAF, null },
                new Object[] { "MSA Alpes du Nord (démonstration)", PartnerType.MSA, null })) {
            PartnerType type = (PartnerType) partner[1];
            PartnerClientCreated created = partners.register(cias.id, null, (String) partner[0], type,
                    (String) partner[2], "demo-" + type.name().toLowerCase(java.util.Locale.ROOT), demoSecret(type));
            secrets.append(String.format("%n    %-12s client_id=%s", type, created.client().clientId()));
        }
        audit.system(cias.id, "DEMO_LOADED", "organisation", cias.id.toString(), Map.of());
        LOG.warnf("%n%n  Entraide demo loaded: %s%n  Accounts (password from ENTRAIDE_DEMO_PASSWORD): admin.demo@, "
                + "instructeur.demo@, accueil.demo@, president.demo@entraide.local%n  Partner clients (secret: the demo "
                + "password followed by -departement, -caf or -msa):%s%n",
                cias.name, secrets);
    }

    /** Demo partner secrets derive from the demo password, so that no secret is ever logged. */
    private String demoSecret(PartnerType type) {
        return password + "-" + type.name().toLowerCase(java.util.Locale.ROOT);
    }

    private void agent(Organisation organisation, String email, String firstName, String lastName, Role role,
            Set<String> communes) {
        Agent agent = new Agent();
        agent.id = UUID.randomUUID();
        agent.organisationId = organisation.id;
        agent.email = email;
        agent.emailKey = Agent.emailKey(email);
        agent.firstName = firstName;
        agent.lastName = lastName;
        agent.passwordHash = hasher.hash(password);
        agent.roles = EnumSet.of(role);
        agent.communes = new java.util.HashSet<>(communes);
        agent.createdAt = clock.instant();
        agent.updatedAt = agent.createdAt;
        agent.persist();
    }
}
