package fr.entraide.common;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.postgresql.PGStatement;

/**
 * Native SQL with {@code :named} parameters, run straight through JDBC on the connection of the
 * current transaction (Agroal hands the transaction's own connection, the one the ORM uses). For
 * hot paths (the caller's standing, reading a record and its audit event, the name search), where
 * the ORM's handling of a statement (interpretation, result mapping, an entity to manage) cost as
 * much as the statement itself. A collection parameter becomes a parenthesised
 * list of placeholders ({@code in :codes}, as in JPQL); quoted literals are left alone.
 */
@ApplicationScoped
public class NativeSql {

    @Inject
    AgroalDataSource dataSource;

    /** How PostgreSQL plans a statement. */
    public enum Plan {
        /**
         * Prepared on the server once the connection has run it a few times; PostgreSQL then keeps
         * one generic plan when it costs no more than the ones made for the values, and skips
         * planning (a fifth of a short search statement's time).
         */
        REUSED,
        /** Planned at each run for the values at hand: when the best plan depends on them (a rare name or a common one). */
        FOR_VALUES
    }

    /** Reads one row of a result set (positioned on it) into a value. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** The rows of a query, each as its column values (JDBC's default Java types). */
    public List<Object[]> rows(String sql, Map<String, ?> params) {
        return rows(sql, params, Plan.REUSED);
    }

    /** The rows of a query, each as its column values, planned as said. */
    public List<Object[]> rows(String sql, Map<String, ?> params, Plan plan) {
        return query(sql, params, plan, rs -> {
            Object[] row = new Object[rs.getMetaData().getColumnCount()];
            for (int c = 0; c < row.length; c++) {
                row[c] = rs.getObject(c + 1);
            }
            return row;
        });
    }

    /** The rows of a query, each read by {@code reader}. */
    public <T> List<T> query(String sql, Map<String, ?> params, RowReader<T> reader) {
        return query(sql, params, Plan.REUSED, reader);
    }

    /** The rows of a query, each read by {@code reader}, planned as said. */
    public <T> List<T> query(String sql, Map<String, ?> params, Plan plan, RowReader<T> reader) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepare(connection, sql, params, plan);
                ResultSet rs = statement.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(reader.read(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + e.getMessage(), e);
        }
    }

    /** Runs an insert, update or delete; returns the number of rows it touched. */
    public int update(String sql, Map<String, ?> params) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, params, Plan.REUSED)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Statement failed: " + e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Map<String, ?> params, Plan plan)
            throws SQLException {
        List<Object> values = new ArrayList<>();
        PreparedStatement statement = connection.prepareStatement(positional(sql, params, values));
        if (plan == Plan.FOR_VALUES) {
            // Never a named server-side statement: PostgreSQL plans an unnamed one with its values.
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
        return statement;
    }

    /**
     * The statement with each {@code :name} replaced by {@code ?} ({@code (?, ?)} for a
     * collection), its values appended to {@code values} in order. {@code ::} casts and quoted
     * text are kept as they are.
     */
    static String positional(String sql, Map<String, ?> params, List<Object> values) {
        Parsed parsed = PARSED.get(sql);
        if (parsed == null) {
            parsed = parse(sql);
            if (PARSED.size() > 2_000) {
                PARSED.clear();
            }
            PARSED.put(sql, parsed);
        }
        StringBuilder out = new StringBuilder(sql.length() + 16);
        for (int k = 0; k < parsed.names().length; k++) {
            out.append(parsed.texts()[k]);
            String name = parsed.names()[k];
            if (!params.containsKey(name)) {
                throw new IllegalArgumentException("No value for parameter :" + name);
            }
            Object value = params.get(name);
            if (value instanceof Collection<?> many) {
                if (many.isEmpty()) {
                    out.append("(null)");
                } else {
                    out.append('(').append("?, ".repeat(many.size() - 1)).append("?)");
                    values.addAll(many);
                }
            } else {
                out.append('?');
                values.add(value);
            }
        }
        return out.append(parsed.texts()[parsed.names().length]).toString();
    }

    /** A statement cut at its parameters: texts[k], then parameter names[k], …, then the last text. */
    private record Parsed(String[] texts, String[] names) {
    }

    /** Statements are built from a few shapes; each is cut once. */
    private static final Map<String, Parsed> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Parsed parse(String sql) {
        List<String> texts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'') {
                int end = sql.indexOf('\'', i + 1);
                end = end < 0 ? sql.length() - 1 : end;
                text.append(sql, i, end + 1);
                i = end + 1;
            } else if (c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                text.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < sql.length() && Character.isLetter(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                    end++;
                }
                texts.add(text.toString());
                text.setLength(0);
                names.add(sql.substring(i + 1, end));
                i = end;
            } else {
                text.append(c);
                i++;
            }
        }
        texts.add(text.toString());
        return new Parsed(texts.toArray(String[]::new), names.toArray(String[]::new));
    }
}
