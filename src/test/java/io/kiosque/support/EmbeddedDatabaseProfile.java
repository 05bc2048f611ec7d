package io.kiosque.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Runs a test class on the embedded PostgreSQL (that of `./mvnw quarkus:dev`) whatever database the run uses: the same
 * one for every class and restart of the run, emptied at start like any test database.
 */
public class EmbeddedDatabaseProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("kiosque.embedded-database.enabled", "true");
    }
}
