package io.kiosque.token;

import static io.kiosque.support.Api.ADMIN;
import static io.kiosque.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.kiosque.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class TokenTest {

    @Inject
    EntityManager em;

    @Test
    void adminCreatesATokenWhoseSecretIsShownOnceAndStoredHashed() {
        var created = as(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "Desk politique", "role", "editor")).post("/api/v1/tokens").then()
                .statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/api/v1/tokens/"))
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("role", equalTo("editor")).body("token", startsWith("kq_")).extract();
        String secret = created.path("token");
        String id = created.path("id");
        assertTrue(Base64.getUrlDecoder().decode(secret.substring(3)).length >= 32, "at least 256 random bits");

        as(ADMIN).get("/api/v1/tokens").then().statusCode(200).body("items.id", hasItem(id))
                .body("items.token", everyItem(nullValue()));
        Long stored = em.createQuery("select count(t) from ApiToken t where t.secretHash = :secret", Long.class)
                .setParameter("secret", secret).getSingleResult();
        assertEquals(0L, stored, "the secret itself is never stored");
        as(secret).get("/api/v1/articles?status=draft").then().statusCode(200);
    }

    @Test
    void revokedTokensAreRefused() {
        var created = as(ADMIN).contentType(ContentType.JSON).body(Map.of("name", "Pigiste", "role", "contributor"))
                .post("/api/v1/tokens").then().statusCode(201).extract();
        String secret = created.path("token");
        as(secret).get("/api/v1/articles?status=draft").then().statusCode(200);
        as(ADMIN).delete("/api/v1/tokens/" + created.path("id")).then().statusCode(204);
        as(secret).get("/api/v1/articles?status=draft").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", startsWith("Bearer"));
        as(ADMIN).delete("/api/v1/tokens/" + created.path("id")).then().statusCode(204);
    }

    @Test
    void onlyAdminsManageTokens() {
        String editor = Api.editor();
        as(editor).contentType(ContentType.JSON).body(Map.of("name", "x", "role", "admin")).post("/api/v1/tokens")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        as(editor).get("/api/v1/tokens").then().statusCode(403);
        given().get("/api/v1/tokens").then().statusCode(401).body("title", equalTo("Unauthorized"));
        as("kq_not-a-real-token").get("/api/v1/tokens").then().statusCode(401);
        given().header("Authorization", "Basic YWRtaW46YWRtaW4=").get("/api/v1/tokens").then().statusCode(401);
    }

    @Test
    void tokenRequestsAreValidated() {
        as(ADMIN).contentType(ContentType.JSON).body(Map.of("name", "x", "role", "superuser")).post("/api/v1/tokens")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/role"));
        as(ADMIN).contentType(ContentType.JSON).body(Map.of("name", "", "role", "editor")).post("/api/v1/tokens")
                .then().statusCode(400).body("errors.pointer", hasItem("/name"));
        as(ADMIN).contentType(ContentType.JSON).body(Map.of("name", "x", "role", "editor", "author", "personne"))
                .post("/api/v1/tokens").then().statusCode(400).body("errors[0].pointer", equalTo("/author"));
        as(ADMIN).contentType(ContentType.JSON).body(Map.of("name", "x", "role", "editor", "secretHash", "00"))
                .post("/api/v1/tokens").then().statusCode(400)
                .body("detail", not(org.hamcrest.Matchers.containsString("java")));
        as(ADMIN).delete("/api/v1/tokens/not-a-uuid").then().statusCode(404);
    }
}
