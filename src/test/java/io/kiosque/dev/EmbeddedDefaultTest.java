package io.kiosque.dev;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.kiosque.support.Api;
import io.kiosque.support.EmbeddedDatabaseProfile;
import io.kiosque.support.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The embedded default serves the seed article completely, and writes work on it as on production. */
@QuarkusTest
@TestProfile(EmbeddedDatabaseProfile.class)
class EmbeddedDefaultTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void runsOnTheEmbeddedDatabase() {
        EmbeddedPostgres server = EmbeddedPostgres.running(Path.of("target/embedded-postgres-test")).orElseThrow();
        assertEquals(server.jdbcUrl("kiosque"), jdbcUrl);
    }

    @Test
    void seedArticleIsServed() {
        given().get("/api/v1/articles/" + Seed.SLUG).then().statusCode(200)
                .body("leadImage.caption", equalTo("Rencontre entre Kim Jong-un et Sergueï Lavrov à Pyongyang"))
                .body("authors.name", contains("Marline Contrasty")).body("tags", hasSize(7))
                .body("body", hasSize(8));
    }

    @Test
    void editorsCanWorkOnIt() {
        String editor = Api.editor();
        String id = Api.draft(editor, "Brouillon sur la base embarquée", java.util.List.of("coree-du-nord"));
        Api.as(editor).post("/api/v1/articles/" + id + "/publish").then().statusCode(200);
        given().queryParam("tag", "KP").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
    }
}
