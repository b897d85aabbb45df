package fr.entraide.demo;

import fr.entraide.audit.AuditLog;
import fr.entraide.organisation.Agent;
import fr.entraide.organisation.Bootstrap;
import fr.entraide.organisation.Organisation;
import fr.entraide.organisation.OrganisationCommune;
import fr.entraide.organisation.OrganisationKind;
import fr.entraide.referentiel.Referentiel;
import fr.entraide.referentiel.dto.RefCommuneView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * {@code make bench}: at start, when {@code entraide.bench.seed-persons}
 * (ENTRAIDE_BENCH_SEED_PERSONS) is above 0, fills the organisation of the bootstrap administrator
 * with that many fictitious persons, then lets the service start. The organisation first gets
 * the communes of the EPCI {@code entraide.bench.epci} (Grenoble-Alpes-Métropole, 49 communes)
 * when it has none. Only what is missing is added, so a restart on a seeded database takes
 * seconds. Off (0) by default and in tests.
 */
@ApplicationScoped
public class BenchSeeding {

    private static final Logger LOG = Logger.getLogger(BenchSeeding.class);

    @ConfigProperty(name = "entraide.bench.seed-persons", defaultValue = "0")
    long persons;

    @ConfigProperty(name = "entraide.bench.seed", defaultValue = "2026")
    long seed;

    @ConfigProperty(name = "entraide.bench.epci", defaultValue = "200040715")
    String epci;

    @ConfigProperty(name = "entraide.bootstrap.admin-email")
    String adminEmail;

    @Inject
    BulkSeeder seeder;

    @Inject
    Referentiel referentiel;

    @Inject
    AuditLog audit;

    void onStart(@Observes @Priority(Bootstrap.STARTUP_PRIORITY + 20) StartupEvent event) {
        if (persons <= 0) {
            return;
        }
        UUID organisationId = QuarkusTransaction.requiringNew().call(this::prepareOrganisation);
        long added = seeder.topUp(organisationId, persons, seed);
        if (added > 0) {
            QuarkusTransaction.requiringNew().run(() -> audit.system(organisationId, "PERSONS_SEEDED", "organisation",
                    organisationId.toString(), Map.of("added", added, "target", persons, "seed", seed)));
        }
    }

    private UUID prepareOrganisation() {
        Agent admin = Agent.findByEmail(adminEmail).orElseThrow(() -> new IllegalStateException(
                "Bench seeding: no agent " + adminEmail + " (the bootstrap administrator) to seed its organisation"));
        Organisation organisation = Organisation.findById(admin.organisationId);
        if (OrganisationCommune.count("organisationId", organisation.id) == 0) {
            List<RefCommuneView> members = referentiel.communesOfEpci(epci);
            if (members.isEmpty()) {
                throw new IllegalStateException("Bench seeding: EPCI " + epci + " has no commune in the reference data");
            }
            for (RefCommuneView member : members) {
                OrganisationCommune commune = new OrganisationCommune();
                commune.organisationId = organisation.id;
                commune.inseeCode = member.inseeCode();
                commune.name = member.name();
                commune.departement = member.departement();
                commune.postcodes = member.postcodes().toArray(String[]::new);
                commune.persist();
            }
            organisation.kind = OrganisationKind.CIAS;
            organisation.epciCode = epci;
            organisation.departement = members.get(0).departement();
            LOG.infof("Bench seeding: %d communes of EPCI %s added to %s", members.size(), epci, organisation.name);
        }
        return organisation.id;
    }
}
