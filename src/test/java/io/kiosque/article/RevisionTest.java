package io.kiosque.article;

import static io.kiosque.support.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.kiosque.support.Api;
import io.quarkus.test.junit.QuarkusTest;

/** Every change is kept: listed, readable in full, comparable and restorable. */
@QuarkusTest
class RevisionTest {

    @Test
    void everyChangeIsKeptAndCanBeRestored() {
        String editor = Api.editor();
        String id = Api.draft(editor, "Première version", List.of("coree-du-nord"));
        String path = "/api/v1/articles/" + id;
        as(editor).header("If-Match", Api.etag(editor, path)).contentType("application/merge-patch+json")
                .body("{\"headline\":\"Deuxième version\",\"tags\":[\"russie\"]}").patch(path).then().statusCode(200);
        as(editor).post(path + "/publish").then().statusCode(200);

        as(editor).get(path + "/revisions").then().statusCode(200)
                .body("items.number", contains(3, 2, 1))
                .body("items.action", contains("published", "updated", "created"))
                .body("items.actorRole", contains("editor", "editor", "editor"))
                .body("items[0].createdAt", notNullValue());
        as(editor).get(path + "/revisions/1").then().statusCode(200)
                .body("revision.action", equalTo("created")).body("article.headline", equalTo("Première version"))
                .body("article.tags.slug", contains("coree-du-nord"));
        as(editor).get(path + "/revisions/2/comparison").then().statusCode(200).body("from", equalTo(1))
                .body("changes.field", hasItem("headline")).body("changes.field", hasItem("tags"))
                .body("changes.find { it.field == 'headline' }.before", equalTo("Première version"))
                .body("changes.find { it.field == 'headline' }.after", equalTo("Deuxième version"));
        as(editor).get(path + "/revisions/9").then().statusCode(404);
        as(editor).get(path + "/revisions/abc").then().statusCode(404);

        as(editor).post(path + "/revisions/1/restore").then().statusCode(428);
        as(editor).header("If-Match", Api.etag(editor, path)).post(path + "/revisions/1/restore").then()
                .statusCode(200).body("headline", equalTo("Première version"))
                .body("tags.slug", contains("coree-du-nord")).body("status", equalTo("published"));
        as(editor).get(path + "/revisions").then().body("items[0].action", equalTo("restored"))
                .body("items[0].number", equalTo(4));
    }

    @Test
    void anonymousReadersSeeNoRevisions() {
        String editor = Api.editor();
        String id = Api.draft(editor, "Secret de rédaction", List.of());
        io.restassured.RestAssured.given().get("/api/v1/articles/" + id + "/revisions").then().statusCode(401);
        as(Api.contributor()).get("/api/v1/articles/" + id + "/revisions").then().statusCode(404);
    }
}
