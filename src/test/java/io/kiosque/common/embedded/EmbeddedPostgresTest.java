package io.kiosque.common.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boots the real server from the binaries artifact: the point of the embedded database is that it behaves like the
 * production PostgreSQL (French full-text search, unaccent), which only a real server can show. Runs as root on CI.
 */
class EmbeddedPostgresTest {

    @TempDir
    Path tempDir;

    @AfterEach
    void stopServer() {
        EmbeddedPostgres.current().ifPresent(EmbeddedPostgres::stop);
    }

    private EmbeddedPostgres.Config config() throws Exception {
        // @TempDir is created rwx------; as root the server runs as nobody, which must
        // traverse it.
        Files.setPosixFilePermissions(tempDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        return EmbeddedPostgres.Config.defaults().withDataDir(tempDir.resolve("pgdata"))
                .withStartTimeout(Duration.ofSeconds(30));
    }

    @Test
    void startsRealPostgresWithFrenchTextSupport() throws Exception {
        EmbeddedPostgres server = EmbeddedPostgres.start(config());

        assertTrue(server.jdbcUrl().matches("jdbc:postgresql://127\\.0\\.0\\.1:\\d+/kiosque"), server.jdbcUrl());
        assertSame(server, EmbeddedPostgres.start(config()), "a second start must return the running server");
        assertTrue(Files.exists(tempDir.resolve("pgdata/PG_VERSION")));

        try (Connection connection = server.connect("kiosque"); Statement sql = connection.createStatement()) {
            sql.execute("create extension if not exists unaccent");
            assertEquals("kiosque", single(sql, "select current_database()"));
            assertEquals("UTF8", single(sql, "show server_encoding"));
            assertEquals("é", single(sql, "select lower('É')"));
            assertEquals("ÉLISE", single(sql, "select upper('élise')"));
            assertEquals("Coree", single(sql, "select unaccent('Corée')"));
            // "Corée" must reach the French stemmer as one word ("cor" is its Snowball
            // stem), "du" is a stop word.
            assertEquals("word:Corée", single(sql, "select string_agg(alias || ':' || token, ',')"
                    + " from ts_debug('french', 'Corée') where alias <> 'blank'"));
            assertEquals("'cor':1 'nord':3", single(sql, "select to_tsvector('french', 'Corée du Nord')::text"));
            // Upper-case input is where lc_ctype=C would break: lower('É') stays 'É' there.
            assertEquals("'cor':1 'nord':3", single(sql, "select to_tsvector('french', 'CORÉE DU NORD')::text"));
            assertEquals("t", single(sql,
                    "select to_tsvector('french', 'La Corée du Nord') @@ plainto_tsquery('french', 'corée')"));
            assertEquals("t", single(sql, "select to_tsvector('french', unaccent('Élections en Corée'))"
                    + " @@ plainto_tsquery('french', unaccent('election coree'))"));
        }
    }

    @Test
    void keepsDataAcrossRestartsAndRecoversFromAnOrphanServer() throws Exception {
        EmbeddedPostgres first = EmbeddedPostgres.start(config());
        execute(first, "create table article (title text)", "insert into article values ('Première')");
        first.stop();
        assertFalse(first.isRunning());
        assertTrue(EmbeddedPostgres.current().isEmpty());

        EmbeddedPostgres second = EmbeddedPostgres.start(config());
        assertNotSame(first, second);
        assertEquals("Première", query(second, "select title from article"));

        // As if the JVM had been killed with -9: the server keeps running and
        // postmaster.pid stays.
        second.abandonForTest();
        assertTrue(ProcessHandle.of(second.postmasterPid()).map(ProcessHandle::isAlive).orElse(false));

        EmbeddedPostgres third = EmbeddedPostgres.start(config());
        assertNotEquals(second.postmasterPid(), third.postmasterPid());
        assertFalse(ProcessHandle.of(second.postmasterPid()).map(ProcessHandle::isAlive).orElse(false),
                "the orphan server must have been stopped");
        assertEquals("Première", query(third, "select title from article"));
    }

    private static void execute(EmbeddedPostgres server, String... statements) throws SQLException {
        try (Connection connection = server.connect("kiosque"); Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    private static String query(EmbeddedPostgres server, String query) throws SQLException {
        try (Connection connection = server.connect("kiosque"); Statement sql = connection.createStatement()) {
            return single(sql, query);
        }
    }

    private static String single(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            assertTrue(rs.next(), query);
            return rs.getString(1);
        }
    }
}
