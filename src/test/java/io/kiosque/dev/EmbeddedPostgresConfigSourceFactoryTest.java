package io.kiosque.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The switch between "the embedded database" and "no side effect at all", in dev mode, tests and production. */
class EmbeddedPostgresConfigSourceFactoryTest {

    private static final String URL = "quarkus.datasource.jdbc.url";

    @TempDir
    Path temp;

    @BeforeEach
    void openTemp() throws Exception {
        EmbeddedPostgresTest.openToNobody(temp);
    }

    @AfterEach
    void stopServer() {
        EmbeddedPostgres.running(temp.resolve("pgdata")).ifPresent(EmbeddedPostgres::stop);
    }

    private SmallRyeConfig build(String profile, Map<String, String> properties, ConfigSourceFactory factory) {
        Map<String, String> all = new HashMap<>(properties);
        all.put("kiosque.embedded-database.data-dir", temp.resolve("pgdata").toString());
        return new SmallRyeConfigBuilder().withProfile(profile)
                .withSources(new PropertiesConfigSource(all, "test", 250))
                .withSources(factory).build();
    }

    private SmallRyeConfig build(String profile, Map<String, String> properties) {
        return build(profile, properties, new EmbeddedPostgresConfigSourceFactory());
    }

    @Test
    void profileSpecificValuesWin() {
        List<String> seen = new ArrayList<>();
        ConfigSourceFactory probe = context -> {
            ConfigValue raw = context.getValue(EmbeddedPostgresConfigSourceFactory.ENABLED);
            seen.add(String.valueOf(raw == null ? null : raw.getValue()));
            seen.add(EmbeddedPostgresConfigSourceFactory.value(context, EmbeddedPostgresConfigSourceFactory.PORT, "0"));
            return List.of();
        };
        build("dev",
                Map.of("kiosque.embedded-database.enabled", "false", "%dev.kiosque.embedded-database.enabled", "true"),
                probe);
        assertEquals(List.of("true", "0"), seen, "ConfigSourceContext.getValue must apply the active profile");
    }

    @Test
    void productionStartsNothing() {
        SmallRyeConfig config = build("prod", Map.of("%dev.kiosque.embedded-database.enabled", "true",
                "%test.kiosque.embedded-database.enabled", "auto"));

        assertTrue(config.getOptionalValue(URL, String.class).isEmpty());
        assertFalse(Files.exists(temp.resolve("pgdata")));
    }

    @Test
    void devModeGetsTheEmbeddedDatabase() throws Exception {
        SmallRyeConfig config = build("dev", Map.of("%dev.kiosque.embedded-database.enabled", "true",
                "kiosque.embedded-database.database", "kiosque_it", URL, "jdbc:postgresql://elsewhere/kiosque"));

        EmbeddedPostgres server = EmbeddedPostgres.running(temp.resolve("pgdata")).orElseThrow();
        assertEquals(server.jdbcUrl("kiosque_it"), config.getValue(URL, String.class));
        assertEquals("postgres", config.getValue("quarkus.datasource.username", String.class));
        assertEquals(EmbeddedPostgresConfigSourceFactory.ORDINAL, config.getConfigValue(URL).getConfigSourceOrdinal());
        try (var connection = server.connect("kiosque_it")) {
            assertTrue(connection.isValid(5));
        }
    }

    @Test
    void testsUseTheDatabaseThatAnswers() throws Exception {
        try (ServerSocket database = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String url = "jdbc:postgresql://127.0.0.1:" + database.getLocalPort() + "/kiosque_test";
            SmallRyeConfig config = build("test", Map.of("%test.kiosque.embedded-database.enabled", "auto", URL, url));

            assertEquals(url, config.getValue(URL, String.class));
            assertFalse(Files.exists(temp.resolve("pgdata")));
        }
    }

    @Test
    void testsUseTheConfiguredDatabaseEvenWhenNothingAnswersThere() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/kiosque_test";
        SmallRyeConfig config = build("test", Map.of("%test.kiosque.embedded-database.enabled", "auto", URL, url,
                EmbeddedPostgresConfigSourceFactory.TEST_DATABASE, url));

        assertEquals(url, config.getValue(URL, String.class));
        assertFalse(Files.exists(temp.resolve("pgdata")));
    }

    @Test
    void testsOnABareMachineStartTheEmbeddedDatabase() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/kiosque_test";
        SmallRyeConfig config = build("test", Map.of("%test.kiosque.embedded-database.enabled", "auto", URL, url));

        EmbeddedPostgres server = EmbeddedPostgres.running(temp.resolve("pgdata")).orElseThrow();
        assertEquals(server.jdbcUrl("kiosque"), config.getValue(URL, String.class));
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
