package io.kiosque.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.kiosque.dev.EmbeddedPostgres;
import io.kiosque.support.EmbeddedDatabaseProfile;
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

    @Test
    void searchesRunOnTheEmbeddedPostgreSql() throws Exception {
        EmbeddedPostgres server = EmbeddedPostgres.running(Path.of("target/embedded-postgres-test")).orElseThrow();
        // The embedded config source (ordinal 275) must win over %test.quarkus.datasource.jdbc.url.
        assertEquals(server.jdbcUrl("kiosque"), jdbcUrl);
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement();
                ResultSet version = sql.executeQuery("show server_version")) {
            assertEquals(server.jdbcUrl("kiosque"), connection.getMetaData().getURL());
            version.next();
            assertTrue(EmbeddedPostgres.VERSION.startsWith(version.getString(1) + "."), version.getString(1));
        }
    }
}
