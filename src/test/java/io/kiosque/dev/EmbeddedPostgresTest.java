package io.kiosque.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boots the real server from this machine's binaries artifact: the point of the embedded database is to behave like the
 * production PostgreSQL (French full-text search, unaccent), which only a real server shows. Runs as root on CI.
 */
class EmbeddedPostgresTest {

    @TempDir
    Path temp;

    private final List<EmbeddedPostgres> started = new ArrayList<>();

    @BeforeEach
    void openTemp() throws Exception {
        openToNobody(temp);
    }

    /** A @TempDir is rwx------, and as root the server runs as nobody, which must get through it. */
    static void openToNobody(Path dir) throws Exception {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @AfterEach
    void stopServers() {
        started.forEach(EmbeddedPostgres::stop);
    }

    private EmbeddedPostgres start(String dataDir) {
        EmbeddedPostgres server = EmbeddedPostgres.start(
                new EmbeddedPostgres.Config(temp.resolve(dataDir), 0, "kiosque", EmbeddedPostgres.binariesCache()));
        started.add(server);
        return server;
    }

    @Test
    void realPostgresWithFrenchTextSupport() throws Exception {
        EmbeddedPostgres server = start("pgdata");

        assertTrue(server.jdbcUrl("kiosque").matches("jdbc:postgresql://127\\.0\\.0\\.1:\\d+/kiosque"));
        assertTrue(Files.exists(temp.resolve("pgdata/PG_VERSION")));
        try (Connection connection = server.connect("kiosque"); Statement sql = connection.createStatement()) {
            sql.execute("create extension if not exists unaccent");
            String version = single(sql, "show server_version");
            assertTrue(EmbeddedPostgres.VERSION.startsWith(version + "."), version);
            assertEquals("kiosque", single(sql, "select current_database()"));
            assertEquals("UTF8", single(sql, "show server_encoding"));
            assertEquals("é", single(sql, "select lower('É')"));
            assertEquals("ÉLISE", single(sql, "select upper('élise')"));
            assertEquals("Coree", single(sql, "select unaccent('Corée')"));
            // "Corée" must reach the French stemmer as one word ("cor" is its Snowball stem); "du" is a stop word.
            assertEquals("word:Corée", single(sql, "select string_agg(alias || ':' || token, ',')"
                    + " from ts_debug('french', 'Corée') where alias <> 'blank'"));
            assertEquals("'cor':1 'nord':3", single(sql, "select to_tsvector('french', 'CORÉE DU NORD')::text"));
            assertEquals("t", single(sql, "select to_tsvector('french', unaccent('Élections en Corée'))"
                    + " @@ plainto_tsquery('french', unaccent('election coree'))"));
        }
    }

    @Test
    void oneServerPerDataDirectoryFoundAgainByEveryStart() throws Exception {
        EmbeddedPostgres first = start("one");
        EmbeddedPostgres again = start("one");
        EmbeddedPostgres other = start("two");

        assertEquals(first.jdbcUrl("kiosque"), again.jdbcUrl("kiosque"));
        assertEquals(first.pid(), EmbeddedPostgres.running(temp.resolve("one")).orElseThrow().pid());
        assertNotEquals(first.jdbcUrl("kiosque"), other.jdbcUrl("kiosque"));

        other.stop();
        assertFalse(other.isRunning());
        assertTrue(EmbeddedPostgres.running(temp.resolve("two")).isEmpty());
        assertTrue(first.isRunning(), "stopping one server leaves the other running");
    }

    @Test
    void keepsDataAcrossRestartsAndRecoversFromAKilledJvm() throws Exception {
        EmbeddedPostgres first = start("pgdata");
        execute(first, "create table article (title text)", "insert into article values ('Première')");
        first.stop();
        assertFalse(first.isRunning());

        EmbeddedPostgres second = start("pgdata");
        assertEquals("Première", query(second, "select title from article"));

        second.abandon();
        assertTrue(ProcessHandle.of(second.pid()).map(ProcessHandle::isAlive).orElse(false));

        EmbeddedPostgres third = start("pgdata");
        assertNotEquals(second.pid(), third.pid());
        assertFalse(ProcessHandle.of(second.pid()).map(ProcessHandle::isAlive).orElse(false),
                "the server of the killed JVM has been stopped");
        assertEquals("Première", query(third, "select title from article"));
    }

    @Test
    void aClusterOfAnotherMajorVersionIsNotStartedButExplained() throws Exception {
        Files.createDirectories(temp.resolve("old"));
        Files.writeString(temp.resolve("old/PG_VERSION"), "14\n");

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> start("old"));

        assertTrue(refused.getMessage().contains("holds a PostgreSQL 14 cluster"), refused.getMessage());
        assertTrue(EmbeddedPostgres.running(temp.resolve("old")).isEmpty());
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
