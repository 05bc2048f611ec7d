package io.kiosque.article;

import static io.kiosque.support.Api.ADMIN;
import static io.kiosque.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kiosque.support.Api;
import io.kiosque.support.TestContent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A newsroom run over HTTP: an admin sets up, a contributor drafts, an editor publishes, a reader reads. */
@QuarkusTest
class EditorialWorkflowTest {

    @Test
    void aNewsroomPublishesTheSeedArticleOverHttp() {
        String suffix = TestContent.unique("x").substring(2);
        String section = as(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "International " + suffix, "description", "Le monde.")).post("/api/v1/sections")
                .then().statusCode(201).header("Location", notNullValue()).header("ETag", notNullValue()).extract()
                .path("slug");
        String author = as(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "Marline Contrasty " + suffix, "bio",
                        "Journaliste politique, défend une ligne libérale et humaniste."))
                .post("/api/v1/authors").then().statusCode(201).extract().path("slug");
        String tag = as(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "Sergueï Lavrov " + suffix, "type", "person")).post("/api/v1/tags").then()
                .statusCode(201).extract().path("slug");
        assertEquals("serguei-lavrov-" + suffix, tag);

        String contributor = Api.token("contributor", author);
        var draft = as(contributor).contentType(ContentType.JSON).body(Map.of(
                "headline", "La Corée du Nord affirme son alliance stratégique avec Moscou " + suffix,
                "standfirst", "Kim Jong-un affirme son soutien total à la Russie.",
                "body", List.of(Map.of("type", "heading", "text", "Un rapprochement diplomatique"),
                        Map.of("type", "paragraph", "text",
                                "Selon l'agence d'État KCNA, la rencontre s'est déroulée.")),
                "section", section, "tags", List.of(tag, "coree-du-nord"))).post("/api/v1/articles").then()
                .statusCode(201).body("status", equalTo("draft")).body("authors.slug", contains(author))
                .body("slug", equalTo("la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-" + suffix))
                .extract();
        String id = draft.path("id");

        given().get("/api/v1/articles/" + id).then().statusCode(404);
        given().queryParam("section", section).get("/api/v1/articles").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        as(contributor).get("/api/v1/articles/" + id).then().statusCode(200)
                .header("Cache-Control", "private, no-store");
        as(contributor).queryParam("status", "draft").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", hasItem(id));
        as(contributor).post("/api/v1/articles/" + id + "/publish").then().statusCode(403);

        String editor = Api.editor();
        as(editor).post("/api/v1/articles/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("published")).body("publishedAt", notNullValue())
                .body("firstPublishedAt", notNullValue());
        given().get("/api/v1/articles/" + id).then().statusCode(200)
                .header("Cache-Control", org.hamcrest.Matchers.startsWith("public"))
                .body("section.slug", equalTo(section)).body("tags.slug", contains(tag, "coree-du-nord"));
        given().queryParam("section", section).get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains(id));
        // Published, it is no longer the contributor's to edit.
        String etag = Api.etag(contributor, "/api/v1/articles/" + id);
        as(contributor).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("headline", "Autre titre"))
                .put("/api/v1/articles/" + id).then().statusCode(403);
    }

    @Test
    void contributorsSeeAndEditOnlyTheirOwnDrafts() {
        String alice = Api.contributor();
        String bob = Api.contributor();
        String id = Api.draft(alice, "Brouillon d'Alice", List.of());
        as(bob).get("/api/v1/articles/" + id).then().statusCode(404);
        as(bob).queryParam("status", "draft").get("/api/v1/articles").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        as(bob).header("If-Match", "\"x\"").contentType(ContentType.JSON).body(Map.of("headline", "Volé"))
                .put("/api/v1/articles/" + id).then().statusCode(404);
        String etag = Api.etag(alice, "/api/v1/articles/" + id);
        as(alice).header("If-Match", etag).contentType("application/merge-patch+json")
                .body("{\"standfirst\":\"Nouveau chapô\"}").patch("/api/v1/articles/" + id).then().statusCode(200)
                .body("standfirst", equalTo("Nouveau chapô")).body("headline", equalTo("Brouillon d'Alice"));
        as(alice).header("If-Match", Api.etag(alice, "/api/v1/articles/" + id)).delete("/api/v1/articles/" + id)
                .then().statusCode(403);
        given().queryParam("status", "draft").get("/api/v1/articles").then().statusCode(401);
    }

    @Test
    void publishingRulesForDates() {
        String editor = Api.editor();
        String id = Api.draft(editor, "Dates de publication", List.of());
        String first = as(editor).post("/api/v1/articles/" + id + "/publish").then().statusCode(200).extract()
                .path("firstPublishedAt");
        as(editor).post("/api/v1/articles/" + id + "/publish").then().statusCode(409);
        as(editor).post("/api/v1/articles/" + id + "/unpublish").then().statusCode(200)
                .body("status", equalTo("draft")).body("publishedAt", nullValue())
                .body("firstPublishedAt", equalTo(first));
        given().get("/api/v1/articles/" + id).then().statusCode(404);
        String second = as(editor).post("/api/v1/articles/" + id + "/publish").then().statusCode(200)
                .body("firstPublishedAt", equalTo(first)).extract().path("publishedAt");
        assertNotEquals(first, second);
        as(editor).post("/api/v1/articles/" + id + "/archive").then().statusCode(200)
                .body("status", equalTo("archived")).body("publishedAt", equalTo(second));
        given().get("/api/v1/articles/" + id).then().statusCode(404);
        as(editor).post("/api/v1/articles/" + id + "/unpublish").then().statusCode(409);
    }

    @Test
    void aScheduledArticlePublishesItselfOnce() throws InterruptedException {
        String editor = Api.editor();
        String id = Api.draft(editor, "Article programmé", List.of());
        Instant at = Instant.now().plusSeconds(2);
        as(editor).contentType(ContentType.JSON).body(Map.of("at", at.toString()))
                .post("/api/v1/articles/" + id + "/publish").then().statusCode(200)
                .body("status", equalTo("scheduled"));
        given().get("/api/v1/articles/" + id).then().statusCode(404);
        String status = "scheduled";
        for (int i = 0; i < 40 && !status.equals("published"); i++) {
            Thread.sleep(250);
            status = as(editor).get("/api/v1/articles/" + id).then().extract().path("status");
        }
        assertEquals("published", status);
        given().get("/api/v1/articles/" + id).then().statusCode(200);
        List<String> actions = as(editor).get("/api/v1/articles/" + id + "/revisions").then().statusCode(200)
                .extract().path("items.action");
        assertEquals(List.of("published", "scheduled", "created"), actions, "published exactly once");
        List<String> actors = as(editor).get("/api/v1/articles/" + id + "/revisions").then().extract()
                .path("items.actorName");
        assertEquals("scheduler", actors.get(0));
    }
}
