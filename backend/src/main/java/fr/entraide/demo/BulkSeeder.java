package fr.entraide.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.entraide.security.crypto.FieldCipher;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Stores generated persons in the beneficiary file of one organisation with COPY, much faster
 * than through the service: the rows are what the service would write (NIR encrypted with the
 * record id as associated data and its blind index, details as JSON, ACTIVE, version 0), without
 * the per-record history and audit entries. Used by {@code make demo} (a few dozen persons) and
 * by the benchmark (a million).
 *
 * <p>Both entry points "top up": they count the organisation's records first and only add what is
 * missing, continuing the generator's sequence, so running them again changes nothing.
 */
@ApplicationScoped
public class BulkSeeder {

    private static final Logger LOG = Logger.getLogger(BulkSeeder.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** Rows per COPY, and per transaction outside {@link #topUpWithinTransaction}. */
    static final int BATCH = 50_000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    @Inject
    FieldCipher cipher;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    /** Progress of a long seeding: persons stored so far. */
    @FunctionalInterface
    public interface Progress {
        void stored(long done);
    }

    /**
     * Adds persons until the organisation has {@code target} records, in transactions of
     * {@link #BATCH} rows, then orders the name search table by name on disk, vacuums and analyses the
     * tables so the planner knows their new size.
     * Must run outside a transaction. Returns the number of persons added.
     */
    public long topUp(UUID organisationId, long target, long seed) {
        long existing;
        List<String> communes;
        try (Connection connection = dataSource.getConnection()) {
            existing = count(connection, organisationId);
            communes = communes(connection, organisationId);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the organisation " + organisationId, e);
        }
        if (existing >= target) {
            LOG.infof("Seeding: the organisation already has %,d persons (%,d requested), nothing to add.", existing, target);
            return 0;
        }
        FictitiousPeople people = new FictitiousPeople(seed, LocalDate.now(clock.withZone(PARIS)), communes);
        people.skip(existing);
        long missing = target - existing;
        long start = System.nanoTime();
        LOG.infof("Seeding %,d fictitious persons (seed %d) into organisation %s, which has %,d; communes %s",
                missing, seed, organisationId, existing, communes);
        append(organisationId, people, missing, done -> {
            double seconds = (System.nanoTime() - start) / 1e9;
            LOG.infof("Seeding: %,d / %,d persons stored (%.0f s, %,.0f persons/s)", existing + done, target, seconds,
                    done / seconds);
        });
        long copied = System.nanoTime();
        vacuumAnalyse();
        LOG.infof("Seeding done: %,d persons added in %.0f s, then cluster and vacuum analyse in %.0f s", missing,
                (copied - start) / 1e9, (System.nanoTime() - copied) / 1e9);
        return missing;
    }

    /**
     * The same inside the caller's transaction (the demo data, created in one transaction): the
     * organisation and its communes may still be pending in the persistence context, so it is
     * flushed first and the rows go through the same connection.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int topUpWithinTransaction(UUID organisationId, int target, long seed) {
        em.flush();
        int[] added = { 0 };
        em.unwrap(Session.class).doWork(connection -> {
            long existing = count(connection, organisationId);
            if (existing >= target) {
                return;
            }
            FictitiousPeople people = new FictitiousPeople(seed, LocalDate.now(clock.withZone(PARIS)),
                    communes(connection, organisationId));
            people.skip(existing);
            List<FictitiousPerson> persons = people.take((int) (target - existing));
            copy(connection, encode(organisationId, persons));
            added[0] = persons.size();
        });
        return added[0];
    }

    /**
     * Stores the next {@code count} persons of an iterator, committing every {@link #BATCH} rows.
     * The next batch is encrypted and formatted on another thread while PostgreSQL takes the
     * current one. Must run outside a transaction.
     */
    public void append(UUID organisationId, Iterator<FictitiousPerson> persons, long count, Progress progress) {
        try (Connection connection = dataSource.getConnection();
                ExecutorService producer = Executors.newSingleThreadExecutor(r -> new Thread(r, "bulk-seeder"))) {
            connection.setAutoCommit(false);
            long done = 0;
            Future<byte[]> next = producer.submit(() -> encode(organisationId, take(persons, Math.min(BATCH, count))));
            while (done < count) {
                byte[] batch = next.get();
                long size = Math.min(BATCH, count - done);
                long after = done + size;
                if (after < count) {
                    long nextSize = Math.min(BATCH, count - after);
                    next = producer.submit(() -> encode(organisationId, take(persons, nextSize)));
                }
                try (Statement settings = connection.createStatement()) {
                    // For this transaction only (the pooled connection goes back to the service as it
                    // came): losing the last batches in a crash is harmless, the next start tops up again.
                    settings.execute("set local synchronous_commit = off");
                }
                copy(connection, batch);
                connection.commit();
                done = after;
                progress.stored(done);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Seeding failed", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Seeding failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Seeding interrupted", e);
        }
    }

    private static List<FictitiousPerson> take(Iterator<FictitiousPerson> persons, long count) {
        List<FictitiousPerson> batch = new ArrayList<>((int) count);
        for (long i = 0; i < count && persons.hasNext(); i++) {
            batch.add(persons.next());
        }
        return batch;
    }

    /**
     * The id of the stored record: the person's id (which only depends on the seed) combined with
     * the organisation's, so that the same seed can fill several organisations of one database.
     */
    public static UUID recordId(UUID organisationId, FictitiousPerson person) {
        ByteBuffer bytes = ByteBuffer.allocate(32);
        bytes.putLong(organisationId.getMostSignificantBits()).putLong(organisationId.getLeastSignificantBits())
                .putLong(person.id().getMostSignificantBits()).putLong(person.id().getLeastSignificantBits());
        return UUID.nameUUIDFromBytes(bytes.array());
    }

    private byte[] encode(UUID organisationId, List<FictitiousPerson> persons) {
        StringBuilder out = new StringBuilder(persons.size() * 1_600);
        for (FictitiousPerson p : persons) {
            String details;
            try {
                details = mapper.writeValueAsString(p.details());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            UUID id = recordId(organisationId, p);
            // The record id is the associated data of the NIR's encryption, as in BeneficiaryService.
            CopyRows.append(out, id, organisationId, p, cipher.encrypt(p.nir(), id.toString()), cipher.blindIndex(p.nir()),
                    details);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void copy(Connection connection, byte[] rows) throws SQLException {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy beneficiary (" + CopyRows.COLUMNS + ") from stdin", new ByteArrayInputStream(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(Connection connection, UUID organisationId) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("select count(*) from beneficiary where organisation_id = ?")) {
            count.setObject(1, organisationId);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The organisation's communes that have a postcode in the COG data, in code order. */
    private static List<String> communes(Connection connection, UUID organisationId) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select insee_code from organisation_commune where organisation_id = ? order by insee_code")) {
            select.setObject(1, organisationId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String code = rs.getString(1);
                    if (CogPlaces.get().commune(code).filter(c -> !c.postcodes().isEmpty()).isPresent()) {
                        codes.add(code);
                    }
                }
            }
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("Organisation " + organisationId + " has no commune to seed persons into");
        }
        return codes;
    }

    private void vacuumAnalyse() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            try {
                // What the name search reads, in name order on disk: the matches of a typed name then lie
                // in a few pages instead of one page each (a bulk import is the moment; see decision 0009).
                statement.execute("cluster beneficiary_search using beneficiary_search_order");
            } catch (SQLException e) {
                LOG.warnf("cluster of the name search table failed (%s); searches work, reading more pages", e.getMessage());
            }
            // The file, and what the name search reads (filled by the file's trigger).
            statement.execute("vacuum (analyze) beneficiary, beneficiary_search, name_word");
        } catch (SQLException e) {
            LOG.warnf("vacuum analyse of the file failed (%s); autovacuum will do it later", e.getMessage());
        }
    }
}
