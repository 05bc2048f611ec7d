package io.kiosque.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.kiosque.common.embedded.EmbeddedPostgres;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Every search case of {@link SearchTest}, on the embedded database: it must answer the same queries the same way as
 * the production PostgreSQL.
 */
@QuarkusTest
@TestProfile(EmbeddedDatabaseProfile.class)
class EmbeddedDatabaseSearchTest extends SearchTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    /**
     * One embedded server per JVM: the tests of the embedded database itself, which may run next, need to start their
     * own. Quarkus keeps this profile's application until another profile needs starting; it does not touch the
     * database again.
     */
    @AfterAll
    void stopEmbeddedDatabase() {
        EmbeddedPostgres.current().ifPresent(EmbeddedPostgres::stop);
    }

    @Test
    void searchesRunOnTheEmbeddedPostgreSql14() throws Exception {
        EmbeddedPostgres server = EmbeddedPostgres.current().orElseThrow();
        // The embedded config source (ordinal 275) must win over %test.quarkus.datasource.jdbc.url.
        assertEquals(server.jdbcUrl(), jdbcUrl);
        assertTrue(server.dataDir().endsWith(EmbeddedDatabaseProfile.DATA_DIR), server.dataDir().toString());
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            assertEquals(server.jdbcUrl(), connection.getMetaData().getURL());
            try (ResultSet rs = sql.executeQuery("select current_setting('server_version_num')::int / 10000")) {
                rs.next();
                assertEquals(14, rs.getInt(1));
            }
        }
        assertNotEquals(System.getenv("KIOSQUE_TEST_JDBC_URL"), jdbcUrl);
    }
}
