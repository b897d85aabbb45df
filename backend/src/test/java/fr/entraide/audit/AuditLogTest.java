package fr.entraide.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.entraide.testing.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The audit log writes through JDBC: it must still be part of the caller's transaction. */
@QuarkusTest
class AuditLogTest {

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Inject
    Fixtures fixtures;

    private long events(String targetId) {
        return ((Number) em.createNativeQuery("select count(*) from audit_event where target_id = ?1").setParameter(1, targetId)
                .getSingleResult()).longValue();
    }

    @Test
    void anEventIsWrittenOnTheConnectionOfTheTransactionAndGoesWithIt() {
        UUID organisation = fixtures.cias().id();
        String kept = UUID.randomUUID().toString();
        String dropped = UUID.randomUUID().toString();

        QuarkusTransaction.requiringNew().run(() -> {
            audit.system(organisation, "TEST_KEPT", "test", kept, Map.of("n", 1));
            // Seen by the ORM before the commit: same connection, same transaction.
            assertThat(events(kept)).isEqualTo(1);
        });
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            audit.system(organisation, "TEST_DROPPED", "test", dropped, Map.of());
            throw new IllegalStateException("the audited change failed");
        })).isInstanceOf(IllegalStateException.class);

        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(events(kept)).isEqualTo(1);
            assertThat(events(dropped)).as("rolled back with its transaction").isZero();
        });
        Object details = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select details ->> 'n' from audit_event where target_id = ?1").setParameter(1, kept).getSingleResult());
        assertThat(details).hasToString("1");
    }
}
