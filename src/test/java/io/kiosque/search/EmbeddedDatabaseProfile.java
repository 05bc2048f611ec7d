package io.kiosque.search;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The test profile on the embedded PostgreSQL ({@code ./mvnw quarkus:dev}'s database) instead of the test database, in
 * its own data directory, emptied at start like the test database.
 */
public class EmbeddedDatabaseProfile implements QuarkusTestProfile {

    static final String DATA_DIR = "target/embedded-postgres-test";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("kiosque.embedded-database.enabled", "true", "kiosque.embedded-database.data-dir", DATA_DIR,
                "quarkus.flyway.clean-at-start", "true", "quarkus.flyway.clean-disabled", "false");
    }
}
