package io.kiosque.article;

import static io.kiosque.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.kiosque.security.Secrets;
import io.kiosque.support.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A preview link shows one draft to someone without an account, and nothing more, nowhere else, no longer. */
@QuarkusTest
class PreviewLinkTest {

    static final String SEED = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-"
            + "ukrainien";

    @Inject
    EntityManager em;

    @Test
    void editorsLinkShowsTheCurrentDraftWithoutAnAccount() {
        String editor = Api.editor();
        String id = Api.draft(editor, "Avant-première : « l'accord » de Pyongyang", List.of());
        Response link = as(editor).post("/api/v1/articles/" + id + "/preview-tokens").then().statusCode(201)
                .header("Cache-Control", "no-store").extract().response();
        String token = link.path("token");
        Instant expiresAt = Instant.parse(link.path("expiresAt"));
        assertTrue(expiresAt.isAfter(Instant.now().plus(Duration.ofMinutes(59))), expiresAt.toString());
        assertTrue(expiresAt.isBefore(Instant.now().plus(Duration.ofMinutes(61))), expiresAt.toString());
        assertTrue(link.<String>path("url").endsWith("/api/v1/articles/" + id + "?preview=" + token));
        assertEquals(link.<String>path("url"), link.header("Location"));

        given().get("/api/v1/articles/" + id).then().statusCode(404);
        given().queryParam("preview", token).get("/api/v1/articles/" + id).then().statusCode(200)
                .body("status", equalTo("draft"))
                .body("headline", equalTo("Avant-première : « l'accord » de Pyongyang"));
        String slug = given().queryParam("preview", token).get("/api/v1/articles/" + id).then().extract().path("slug");
        given().queryParam("preview", token).get("/api/v1/articles/" + slug).then().statusCode(200);

        // Always the current state: an edit made after the link shows through it.
        String etag = Api.etag(editor, "/api/v1/articles/" + id);
        as(editor).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("headline", "Avant-première, version 2")).patch("/api/v1/articles/" + id).then()
                .statusCode(200);
        given().queryParam("preview", token).get("/api/v1/articles/" + id).then().statusCode(200)
                .body("headline", equalTo("Avant-première, version 2"));
    }

    @Test
    void aPreviewIsNeverCachedPublicly() {
        String editor = Api.editor();
        String id = Api.draft(editor, "Brouillon à ne pas mettre en cache", List.of());
        String token = as(editor).post("/api/v1/articles/" + id + "/preview-tokens").then().statusCode(201)
                .extract().path("token");
        given().queryParam("preview", token).get("/api/v1/articles/" + id).then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store")).header("Surrogate-Key", nullValue())
                .header("Referrer-Policy", "no-referrer");
        for (String variant : List.of("/api/v1/articles/" + id + "/json-ld", "/api/v1/article-fields/" + id)) {
            given().queryParam("preview", token).queryParam("fields", "headline").get(variant).then()
                    .statusCode(variant.contains("json-ld") ? 400 : 200);
            given().queryParam("preview", token)
                    .get(variant.contains("json-ld") ? variant : variant + "?fields=headline")
                    .then().statusCode(200).header("Cache-Control", equalTo("private, no-store"))
                    .header("Surrogate-Key", nullValue());
        }
    }

    @Test
    void aLinkNeverOpensAnyOtherArticle() {
        String editor = Api.editor();
        String mine = Api.draft(editor, "Le brouillon prévisualisé", List.of());
        String other = Api.draft(editor, "Un autre brouillon", List.of());
        String token = as(editor).post("/api/v1/articles/" + mine + "/preview-tokens").then().statusCode(201)
                .extract().path("token");
        given().queryParam("preview", token).get("/api/v1/articles/" + other).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("another article"));
        // Not even a published one: a link is a key to its article only.
        given().queryParam("preview", token).get("/api/v1/articles/" + SEED).then().statusCode(403);
        given().queryParam("preview", token).get("/api/v1/articles/nulle-part").then().statusCode(403);
        given().queryParam("preview", "kqp_not-a-link").get("/api/v1/articles/" + mine).then().statusCode(403);
    }

    @Test
    void aLinkNeverWorksAfterItExpires() {
        String editor = Api.editor();
        String id = Api.draft(editor, "Brouillon dont le lien expire", List.of());
        String token = as(editor).post("/api/v1/articles/" + id + "/preview-tokens").then().statusCode(201)
                .extract().path("token");
        given().queryParam("preview", token).get("/api/v1/articles/" + id).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> em
                .createQuery("update PreviewToken p set p.expiresAt = :past where p.secretHash = :hash")
                .setParameter("past", Instant.now().minusSeconds(1)).setParameter("hash", Secrets.hash(token))
                .executeUpdate());
        given().queryParam("preview", token).get("/api/v1/articles/" + id).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("expired"));
    }

    @Test
    void aLinkNeverWorksAfterItIsRevoked() {
        String editor = Api.editor();
        String id = Api.draft(editor, "Brouillon dont les liens sont révoqués", List.of());
        String first = as(editor).post("/api/v1/articles/" + id + "/preview-tokens").then().statusCode(201)
                .extract().path("token");
        String second = as(editor).post("/api/v1/articles/" + id + "/preview-tokens").then().statusCode(201)
                .extract().path("token");
        as(editor).delete("/api/v1/articles/" + id + "/preview-tokens").then().statusCode(204);
        for (String token : List.of(first, second)) {
            given().queryParam("preview", token).get("/api/v1/articles/" + id).then().statusCode(403)
                    .body("detail", containsString("revoked"));
        }
        String fresh = as(editor).post("/api/v1/articles/" + id + "/preview-tokens").then().statusCode(201)
                .extract().path("token");
        given().queryParam("preview", fresh).get("/api/v1/articles/" + id).then().statusCode(200);
    }

    @Test
    void contributorsMakeLinksToTheirOwnDraftsOnly() {
        String contributor = Api.contributor();
        String own = Api.draft(contributor, "Le brouillon d'une pigiste", List.of());
        as(contributor).post("/api/v1/articles/" + own + "/preview-tokens").then().statusCode(201);
        as(contributor).delete("/api/v1/articles/" + own + "/preview-tokens").then().statusCode(204);

        String othersDraft = Api.draft(Api.editor(), "Le brouillon de la rédaction en chef", List.of());
        as(contributor).post("/api/v1/articles/" + othersDraft + "/preview-tokens").then().statusCode(404);
        as(Api.contributor()).delete("/api/v1/articles/" + own + "/preview-tokens").then().statusCode(404);
        // A published article is for editors to preview.
        as(contributor).post("/api/v1/articles/" + SEED + "/preview-tokens").then().statusCode(403);
        given().post("/api/v1/articles/" + own + "/preview-tokens").then().statusCode(401);
    }

    @Test
    void onlyTheHashOfALinkIsStored() {
        String editor = Api.editor();
        String id = Api.draft(editor, "Brouillon au secret bien gardé", List.of());
        String token = as(editor).post("/api/v1/articles/" + id + "/preview-tokens").then().statusCode(201)
                .extract().path("token");
        assertTrue(token.startsWith("kqp_"));
        List<?> stored = QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery(
                        "select secret_hash from preview_token where secret_hash = :hash or secret_hash = :plain")
                .setParameter("hash", Secrets.hash(token)).setParameter("plain", token).getResultList());
        assertEquals(List.of(Secrets.hash(token)), stored);
    }

    @Test
    void documentedWithTheArticles() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/articles/{idOrSlug}/preview-tokens'.post.operationId", equalTo(
                        "createPreviewLink"))
                .body("paths.'/api/v1/articles/{idOrSlug}/preview-tokens'.delete.operationId", equalTo(
                        "revokePreviewLinks"))
                .body("paths.'/api/v1/articles/{idOrSlug}'.get.parameters.find { it.name == 'preview' }.in",
                        startsWith("query"));
    }
}
