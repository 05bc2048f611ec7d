package io.kiosque.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Runs a test class on the zero-install default: the embedded PostgreSQL that `./mvnw quarkus:dev` starts. */
public class EmbeddedDatabaseProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("kiosque.embedded-database.enabled", "true", "kiosque.embedded-database.data-dir",
                "target/embedded-postgres-test");
    }
}
