package fr.entraide.referentiel;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Loads the COG reference data (communes, EPCI, départements) generated from the npm package
 * {@code @etalab/decoupage-administratif} by {@code backend/scripts/refdata}. It runs at every
 * start and reloads a table only when its file changed, inside one transaction, so the tables
 * are never seen half-loaded.
 */
@ApplicationScoped
public class ReferenceDataLoader {

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class);

    /** Startup order: reference data first, then bootstrap, then demo data. */
    public static final int STARTUP_PRIORITY = 10;

    @Inject
    AgroalDataSource dataSource;

    private record Table(String name, String resource, String columns, Function<String[], String> toCopyLine) {
    }

    private static final List<Table> TABLES = List.of(
            new Table("ref_departement", "refdata/departements.tsv.gz", "code, name, region",
                    c -> line(c[0], c[1], c[2])),
            new Table("ref_epci", "refdata/epci.tsv.gz", "code, name, type, population",
                    c -> line(c[0], c[1], c[2], c[3])),
            new Table("ref_commune", "refdata/communes.tsv.gz",
                    "code, name, type, departement, region, epci_code, postcodes, population, parent_code, former_codes",
                    c -> line(c[0], c[1], c[2], c[3], c[4], c[5], array(c[6]), c[7], c[8], array(c[9]))),
            new Table("ref_country", "refdata/pays.tsv.gz", "code, name, iso2, actual",
                    c -> line(c[0], c[1], c[2], c[3])));

    void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var lock = connection.createStatement()) {
                // Two instances starting together must not load the same table twice.
                lock.execute("select pg_advisory_xact_lock(7301001)");
            }
            for (Table table : TABLES) {
                loadIfChanged(connection, table);
            }
            connection.commit();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Cannot load the reference data", e);
        }
    }

    private void loadIfChanged(Connection connection, Table table) throws SQLException, IOException {
        byte[] gz;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(table.resource())) {
            if (in == null) {
                throw new IOException("Missing resource " + table.resource());
            }
            gz = in.readAllBytes();
        }
        String checksum = sha256(gz);
        try (PreparedStatement select = connection.prepareStatement("select checksum from ref_data_version where name = ?")) {
            select.setString(1, table.name());
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next() && rs.getString(1).equals(checksum)) {
                    return;
                }
            }
        }
        StringBuilder copy = new StringBuilder();
        int rows = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ByteArrayInputStream(gz)), StandardCharsets.UTF_8))) {
            String header = null;
            for (String row = reader.readLine(); row != null; row = reader.readLine()) {
                if (row.startsWith("#") || row.isEmpty()) {
                    continue;
                }
                if (header == null) {
                    header = row;
                    continue;
                }
                copy.append(table.toCopyLine().apply(row.split("\t", -1))).append('\n');
                rows++;
            }
        }
        try (var statement = connection.createStatement()) {
            statement.execute("delete from " + table.name());
        }
        long copied = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table.name() + " (" + table.columns() + ") from stdin", new StringReader(copy.toString()));
        try (PreparedStatement upsert = connection.prepareStatement("""
                insert into ref_data_version (name, checksum, row_count, loaded_at) values (?, ?, ?, ?)
                on conflict (name) do update set checksum = excluded.checksum, row_count = excluded.row_count,
                loaded_at = excluded.loaded_at""")) {
            upsert.setString(1, table.name());
            upsert.setString(2, checksum);
            upsert.setInt(3, rows);
            upsert.setObject(4, java.sql.Timestamp.from(Instant.now()));
            upsert.executeUpdate();
        }
        LOG.infof("Loaded %d rows into %s", copied, table.name());
    }

    private static String line(String... cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            String cell = cells[i];
            if (cell == null || cell.isEmpty()) {
                out.append("\\N");
            } else {
                out.append(cell.replace("\\", "\\\\"));
            }
        }
        return out.toString();
    }

    private static String array(String spaceSeparated) {
        if (spaceSeparated == null || spaceSeparated.isBlank()) {
            return "{}";
        }
        return "{" + String.join(",", spaceSeparated.trim().split(" +")) + "}";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
