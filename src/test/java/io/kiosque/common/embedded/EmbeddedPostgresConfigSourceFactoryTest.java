package io.kiosque.common.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The factory is the switch between "dev database" and "no side effect at all"; both sides are tested here.
 */
class EmbeddedPostgresConfigSourceFactoryTest {

    @TempDir
    Path tempDir;

    @AfterEach
    void stopServer() {
        EmbeddedPostgres.current().ifPresent(EmbeddedPostgres::stop);
    }

    private static SmallRyeConfig build(String profile, Map<String, String> properties, ConfigSourceFactory factory) {
        return new SmallRyeConfigBuilder().withProfile(profile)
                .withSources(new PropertiesConfigSource(properties, "test", 250)).withSources(factory).build();
    }

    @Test
    void profileSpecificValuesWin() {
        List<String> seen = new ArrayList<>();
        ConfigSourceFactory probe = context -> {
            ConfigValue raw = context.getValue(EmbeddedPostgresConfigSourceFactory.ENABLED);
            seen.add(String.valueOf(raw == null ? null : raw.getValue()));
            seen.add(EmbeddedPostgresConfigSourceFactory.value(context, EmbeddedPostgresConfigSourceFactory.ENABLED,
                    "false"));
            seen.add(EmbeddedPostgresConfigSourceFactory.value(context, EmbeddedPostgresConfigSourceFactory.PORT, "0"));
            return List.of();
        };
        build("dev",
                Map.of("kiosque.embedded-database.enabled", "false", "%dev.kiosque.embedded-database.enabled", "true"),
                probe);
        assertEquals("true", seen.get(0), "ConfigSourceContext.getValue must apply the active profile");
        assertEquals("true", seen.get(1));
        assertEquals("0", seen.get(2));
    }

    @Test
    void disabledStartsNothing() {
        SmallRyeConfig config = build("prod", Map.of("%dev.kiosque.embedded-database.enabled", "true",
                "kiosque.embedded-database.data-dir", tempDir.resolve("never").toString()),
                new EmbeddedPostgresConfigSourceFactory());
        assertTrue(config.getOptionalValue("quarkus.datasource.jdbc.url", String.class).isEmpty());
        assertTrue(EmbeddedPostgres.current().isEmpty());
        assertFalse(Files.exists(tempDir.resolve("never")));
    }

    @Test
    void enabledProvidesTheDatasource() throws Exception {
        // One embedded server per JVM: when another test class already started it, this one cannot choose its own.
        org.junit.jupiter.api.Assumptions.assumeTrue(EmbeddedPostgres.current().isEmpty(),
                "an embedded server is already running in this JVM");
        Files.setPosixFilePermissions(tempDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        SmallRyeConfig config = build("dev",
                Map.of("%dev.kiosque.embedded-database.enabled", "true", "%dev.kiosque.embedded-database.data-dir",
                        tempDir.resolve("pgdata").toString(), "kiosque.embedded-database.database", "kiosque_it",
                        "quarkus.datasource.jdbc.url", "jdbc:postgresql://elsewhere/kiosque"),
                new EmbeddedPostgresConfigSourceFactory());

        EmbeddedPostgres server = EmbeddedPostgres.current().orElseThrow();
        assertEquals(tempDir.resolve("pgdata"), server.dataDir());
        assertTrue(server.jdbcUrl().endsWith("/kiosque_it"), server.jdbcUrl());
        assertEquals(server.jdbcUrl(), config.getValue("quarkus.datasource.jdbc.url", String.class));
        assertEquals("postgres", config.getValue("quarkus.datasource.username", String.class));
        assertEquals(EmbeddedPostgresConfigSourceFactory.ORDINAL,
                config.getConfigValue("quarkus.datasource.jdbc.url").getConfigSourceOrdinal());
        try (var connection = server.connect("kiosque_it")) {
            assertTrue(connection.isValid(5));
        }
    }
}
