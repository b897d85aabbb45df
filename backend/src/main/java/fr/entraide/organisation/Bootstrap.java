package fr.entraide.organisation;

import fr.entraide.audit.AuditLog;
import fr.entraide.referentiel.ReferenceDataLoader;
import fr.entraide.security.PasswordHasher;
import fr.entraide.security.Role;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * First start on an empty database: creates the organisation and its administrator, whose
 * password comes from ENTRAIDE_ADMIN_PASSWORD or is generated and printed once.
 */
@ApplicationScoped
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class);
    public static final int STARTUP_PRIORITY = ReferenceDataLoader.STARTUP_PRIORITY + 10;

    @ConfigProperty(name = "entraide.bootstrap.admin-email")
    String adminEmail;

    @ConfigProperty(name = "entraide.bootstrap.admin-password")
    Optional<String> adminPassword;

    @ConfigProperty(name = "entraide.bootstrap.organisation-name")
    String organisationName;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Transactional
    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        if (Organisation.count() > 0) {
            return;
        }
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        organisation.name = organisationName;
        organisation.kind = OrganisationKind.CCAS;
        organisation.createdAt = clock.instant();
        organisation.persist();

        boolean generated = adminPassword.isEmpty() || adminPassword.get().isBlank();
        String password = generated ? generatePassword() : adminPassword.get();
        Agent admin = new Agent();
        admin.id = UUID.randomUUID();
        admin.organisationId = organisation.id;
        admin.email = adminEmail;
        admin.emailKey = Agent.emailKey(adminEmail);
        admin.firstName = "Administrateur";
        admin.lastName = "Entraide";
        admin.passwordHash = hasher.hash(password);
        admin.roles = EnumSet.of(Role.ADMIN);
        admin.createdAt = clock.instant();
        admin.updatedAt = admin.createdAt;
        admin.persist();
        audit.system(organisation.id, "BOOTSTRAP", "organisation", organisation.id.toString(),
                Map.of("passwordGenerated", generated));
        if (generated) {
            // Printed once, on purpose: this is the only way to learn a generated password.
            LOG.warnf("%n%n  Entraide: first start. Administrator account created:%n    login:    %s%n    password: %s%n"
                    + "  Change it after the first login, or set ENTRAIDE_ADMIN_PASSWORD before the first start.%n",
                    adminEmail, password);
        } else {
            LOG.infof("Entraide: first start. Administrator %s created with the password from ENTRAIDE_ADMIN_PASSWORD.", adminEmail);
        }
    }

    private static String generatePassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
