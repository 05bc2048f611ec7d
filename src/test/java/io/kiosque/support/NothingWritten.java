package io.kiosque.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduler;

/**
 * Proves that requests wrote nothing: a digest of the whole content of every table (each row as text, in a fixed
 * order), taken with the background jobs paused so that the scheduler and the webhook dispatcher cannot move it while
 * requests run. Nothing is left out: no request path writes on a read (rate limits and the response cache live in
 * memory, tokens record no last use).
 */
@ApplicationScoped
public class NothingWritten {

    /** Every table of the application; Flyway's history changes only on migration. */
    private static final String TABLES = """
            select tablename from pg_tables where schemaname = 'public' and tablename <> 'flyway_schema_history'
            order by tablename
            """;

    @Inject
    DataSource dataSource;
    @Inject
    Scheduler scheduler;

    /**
     * Runs the requests with the background jobs paused and returns whatever they return; fails, naming the tables, if
     * any table's content changed.
     */
    public <T> T during(Supplier<T> requests) {
        return watching(requests, changed -> {
            if (!changed.isEmpty()) {
                throw new AssertionError("the requests wrote to the database: " + String.join(", ", changed));
            }
        });
    }

    /** The tables whose content the writes changed, each with its row counts before and after. */
    public List<String> changedBy(Runnable writes) {
        List<String> changed = new ArrayList<>();
        watching(() -> {
            writes.run();
            return null;
        }, changed::addAll);
        return changed;
    }

    private <T> T watching(Supplier<T> requests, Consumer<List<String>> verdict) {
        scheduler.pause();
        try {
            // A job that had already started before the pause finishes first.
            Thread.sleep(300);
            Map<String, Digest> before = digests();
            T result = requests.get();
            Map<String, Digest> after = digests();
            List<String> changed = new ArrayList<>();
            before.forEach((table, digest) -> {
                Digest now = after.get(table);
                if (!digest.equals(now)) {
                    changed.add(table + " (" + digest.rows() + " rows before, " + now.rows() + " after)");
                }
            });
            verdict.accept(changed);
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            scheduler.resume();
        }
    }

    private record Digest(long rows, String md5) {
    }

    /** Each table's row count and the md5 of its rows as text, sorted, so that any insert, update or delete shows. */
    private Map<String, Digest> digests() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(TABLES)) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            StringBuilder query = new StringBuilder();
            for (String table : tables) {
                query.append(query.isEmpty() ? "" : " union all ").append("select '").append(table)
                        .append("', count(*), md5(coalesce(string_agg(whole_row::text, '|' order by whole_row::text), "
                                + "'')) from \"")
                        .append(table).append("\" whole_row");
            }
            Map<String, Digest> digests = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery(query.toString())) {
                while (rows.next()) {
                    digests.put(rows.getString(1), new Digest(rows.getLong(2), rows.getString(3)));
                }
            }
            return digests;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
