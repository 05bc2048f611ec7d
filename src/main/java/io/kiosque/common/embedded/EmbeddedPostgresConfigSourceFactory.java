package io.kiosque.common.embedded;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Points the Quarkus datasource at the {@link EmbeddedPostgres} server when {@code kiosque.embedded-database.enabled}
 * is true (the dev profile), so {@code ./mvnw quarkus:dev} works with nothing installed.
 *
 * <p>
 * A config source factory rather than a CDI bean because the datasource URL must be known while the configuration is
 * built, before any bean exists. Keys:
 * <ul>
 * <li>{@code kiosque.embedded-database.enabled} (default {@code false})</li>
 * <li>{@code kiosque.embedded-database.data-dir} (default {@code target/embedded-postgres})</li>
 * <li>{@code kiosque.embedded-database.port} (default {@code 0}: a free port)</li>
 * <li>{@code kiosque.embedded-database.database} (default {@code kiosque})</li>
 * </ul>
 * When disabled it only reads one property: the packaged application never starts a database.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String PREFIX = "kiosque.embedded-database.";
    static final String ENABLED = PREFIX + "enabled";
    static final String DATA_DIR = PREFIX + "data-dir";
    static final String PORT = PREFIX + "port";
    static final String DATABASE = PREFIX + "database";

    /**
     * Above application.properties (250), below environment variables (300) so those can still override.
     */
    static final int ORDINAL = 275;
    static final String SOURCE_NAME = "KiosqueEmbeddedPostgresConfigSource";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!Boolean.parseBoolean(value(context, ENABLED, "false").trim())) {
            return List.of();
        }
        EmbeddedPostgres.Config defaults = EmbeddedPostgres.Config.defaults();
        EmbeddedPostgres.Config config = defaults
                .withDataDir(Path.of(value(context, DATA_DIR, defaults.dataDir().toString()).trim()))
                .withPort(parsePort(value(context, PORT, "0")))
                .withDatabase(value(context, DATABASE, defaults.database()).trim());
        EmbeddedPostgres server = EmbeddedPostgres.start(config);
        return List.of(new PropertiesConfigSource(Map.of("quarkus.datasource.jdbc.url", server.jdbcUrl(),
                "quarkus.datasource.username", server.username(), "quarkus.datasource.password", ""), SOURCE_NAME,
                ORDINAL));
    }

    /**
     * The context resolves {@code %profile.} prefixes itself (SmallRye Config 3.x; guarded by a test), which is how
     * {@code %dev.kiosque.embedded-database.enabled=true} switches this on for dev mode only.
     */
    static String value(ConfigSourceContext context, String name, String defaultValue) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null ? defaultValue : value.getValue();
    }

    private static int parsePort(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PORT + " must be a port number (0 for any free port): " + value, e);
        }
    }
}
