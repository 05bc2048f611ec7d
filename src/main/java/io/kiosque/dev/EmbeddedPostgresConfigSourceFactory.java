package io.kiosque.dev;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Points the datasource at the {@link EmbeddedPostgres} when {@code kiosque.embedded-database.enabled} says so:
 * {@code true} (dev mode), {@code auto} (tests: only when {@value #TEST_DATABASE} is not set and nothing answers at the
 * datasource's address, as on a machine with only a JDK), {@code false} (the default; the packaged application does not
 * even contain this class).
 *
 * <p>
 * A config source factory rather than a bean: the datasource URL must be known while the configuration is built, before
 * any bean exists. The other keys: {@code kiosque.embedded-database.data-dir}, {@code .port} (0: any free port) and
 * {@code .database}.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresConfigSourceFactory.class);

    static final String PREFIX = "kiosque.embedded-database.";
    static final String ENABLED = PREFIX + "enabled";
    static final String DATA_DIR = PREFIX + "data-dir";
    static final String PORT = PREFIX + "port";
    static final String DATABASE = PREFIX + "database";
    static final String DATASOURCE_URL = "quarkus.datasource.jdbc.url";
    /** A test database named by the developer or CI is always used as it is, reachable or not. */
    static final String TEST_DATABASE = "KIOSQUE_TEST_JDBC_URL";

    /** Above application.properties (250), below environment variables (300), so that those can still override. */
    static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        String enabled = value(context, ENABLED, "false").trim().toLowerCase(Locale.ROOT);
        boolean start = switch (enabled) {
            case "true" -> true;
            case "false" -> false;
            case "auto" -> standsInForTheTestDatabase(context);
            default -> throw new IllegalArgumentException(ENABLED + " must be true, false or auto: " + enabled);
        };
        if (!start) {
            return List.of();
        }
        EmbeddedPostgres.Config config = new EmbeddedPostgres.Config(
                Path.of(value(context, DATA_DIR, "target/embedded-postgres").trim()), port(value(context, PORT, "0")),
                value(context, DATABASE, "kiosque").trim(), EmbeddedPostgres.binariesCache());
        if (enabled.equals("auto") && EmbeddedPostgres.running(config.dataDir()).isEmpty()) {
            LOG.infof("%s is not set and nothing answers at %s: the tests run on the embedded PostgreSQL",
                    TEST_DATABASE, value(context, DATASOURCE_URL, null));
        }
        EmbeddedPostgres server = EmbeddedPostgres.start(config);
        return List.of(new PropertiesConfigSource(Map.of(DATASOURCE_URL, server.jdbcUrl(config.database()),
                "quarkus.datasource.username", server.username(), "quarkus.datasource.password", ""),
                "KiosqueEmbeddedPostgres", ORDINAL));
    }

    /**
     * The context resolves {@code %profile.} prefixes itself (guarded by a test): that is how
     * {@code %dev.kiosque.embedded-database.enabled=true} applies to dev mode only.
     */
    static String value(ConfigSourceContext context, String name, String defaultValue) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null ? defaultValue : value.getValue();
    }

    private static boolean standsInForTheTestDatabase(ConfigSourceContext context) {
        return value(context, TEST_DATABASE, null) == null && !answers(value(context, DATASOURCE_URL, null));
    }

    /** Whether a server accepts connections at the host and port of that JDBC URL. */
    static boolean answers(String jdbcUrl) {
        if (jdbcUrl == null) {
            return false;
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost() == null ? "localhost" : uri.getHost(),
                    uri.getPort() < 0 ? 5432 : uri.getPort()), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PORT + " must be a port number (0 for any free port): " + value, e);
        }
    }
}
