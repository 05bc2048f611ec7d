package io.kiosque.article;

import static io.kiosque.support.Api.ADMIN;
import static io.kiosque.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kiosque.support.Api;
import io.kiosque.support.TestContent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Writes accept exactly the documented input: everything else is a 400 that says which field, never a 5xx. */
@QuarkusTest
class ArticleValidationTest {

    @Test
    void readOnlyFieldsAreRejectedNotApplied() {
        String editor = Api.editor();
        for (String field : List.of("id", "status", "version", "createdAt", "publishedAt", "firstPublishedAt",
                "wordCount", "readingTimeMinutes", "createdBy")) {
            as(editor).contentType(ContentType.JSON).body(Map.of("headline", "Titre", field, "published"))
                    .post("/api/v1/articles").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].pointer", equalTo("/" + field));
        }
    }

    @Test
    void invalidContentNamesEachField() {
        String editor = Api.editor();
        as(editor).contentType(ContentType.JSON)
                .body(Map.of("headline", "x".repeat(301), "body",
                        List.of(Map.of("type", "paragraph", "text", ""),
                                Map.of("type", "image", "url", "javascript:alert(1)")),
                        "leadImage", Map.of("url", "data:text/html,<script>")))
                .post("/api/v1/articles").then().statusCode(400)
                .body("errors.pointer", hasItem("/headline")).body("errors.pointer", hasItem("/body/0/text"))
                .body("errors.pointer", hasItem("/body/1/url")).body("errors.pointer", hasItem("/leadImage/url"));
        as(editor).contentType(ContentType.JSON)
                .body(Map.of("headline", "Titre", "body", List.of(Map.of("type", "video", "text", "x"))))
                .post("/api/v1/articles").then().statusCode(400).body("errors[0].pointer", equalTo("/body/0"));
        as(editor).contentType(ContentType.JSON).body(Map.of("headline", "Titre", "language", "pas une langue!"))
                .post("/api/v1/articles").then().statusCode(400).body("errors[0].pointer", equalTo("/language"));
    }

    @Test
    void unknownReferencesAreNamed() {
        as(Api.editor()).contentType(ContentType.JSON)
                .body(Map.of("headline", "Titre", "section", "nulle-part", "authors", List.of("personne"), "tags",
                        List.of("coree-du-nord", "atlantide", "coree-du-nord")))
                .post("/api/v1/articles").then().statusCode(400)
                .body("errors.pointer", hasItem("/section")).body("errors.pointer", hasItem("/authors/0"))
                .body("errors.pointer", hasItem("/tags/1")).body("errors.pointer", hasItem("/tags/2"))
                .body("errors.detail", hasItem(containsString("atlantide")));
    }

    @Test
    void malformedBodiesAreProblemsNeverServerErrors() {
        String editor = Api.editor();
        as(editor).contentType(ContentType.JSON).body("{\"headline\": ").post("/api/v1/articles").then()
                .statusCode(400).contentType("application/problem+json").body("detail", not(containsString("com.")));
        as(editor).contentType(ContentType.JSON).body("[1,2]").post("/api/v1/articles").then().statusCode(400);
        as(editor).contentType(ContentType.JSON).body("{\"headline\": 12, \"tags\": \"x\"}").post("/api/v1/articles")
                .then().statusCode(400);
        as(editor).contentType(ContentType.TEXT).body("Titre").post("/api/v1/articles").then().statusCode(415)
                .contentType("application/problem+json");
        as(editor).contentType(ContentType.JSON).body("").post("/api/v1/articles").then().statusCode(400);
        String id = Api.draft(editor, "Patch invalide", List.of());
        String path = "/api/v1/articles/" + id;
        as(editor).header("If-Match", Api.etag(editor, path)).contentType("application/merge-patch+json")
                .body("{\"version\": 99}").patch(path).then().statusCode(400)
                .body("errors[0].pointer", equalTo("/version"));
        as(editor).header("If-Match", Api.etag(editor, path)).contentType("application/merge-patch+json")
                .body("{\"headline\": null}").patch(path).then().statusCode(400)
                .body("errors[0].pointer", equalTo("/headline"));
    }

    @Test
    void tagIdentifiersAreValidated() {
        String editor = Api.editor();
        for (String code : List.of("ZZ", "XX1", "kp", "XK")) {
            as(editor).contentType(ContentType.JSON)
                    .body(Map.of("name", TestContent.unique("pays"), "type", "country", "isoCode", code))
                    .post("/api/v1/tags").then().statusCode(400).body("errors[0].pointer", equalTo("/isoCode"));
        }
        as(editor).contentType(ContentType.JSON)
                .body(Map.of("name", TestContent.unique("org"), "type", "organisation", "isoCode", "FR"))
                .post("/api/v1/tags").then().statusCode(400).body("errors[0].pointer", equalTo("/isoCode"));
        as(editor).contentType(ContentType.JSON)
                .body(Map.of("name", TestContent.unique("org"), "type", "organisation", "wikidataId", "423"))
                .post("/api/v1/tags").then().statusCode(400).body("errors[0].pointer", equalTo("/wikidataId"));
        as(editor).contentType(ContentType.JSON)
                .body(Map.of("name", TestContent.unique("pays"), "type", "country", "isoCode", "KP"))
                .post("/api/v1/tags").then().statusCode(400).body("errors[0].detail", containsString("another tag"));
        as(editor).contentType(ContentType.JSON).body(Map.of("name", "x", "type", "city")).post("/api/v1/tags")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/type"));
    }

    @Test
    void resourcesInUseCannotBeDeleted() {
        String editor = Api.editor();
        String tag = as(editor).contentType(ContentType.JSON)
                .body(Map.of("name", TestContent.unique("utilise"), "type", "person")).post("/api/v1/tags").then()
                .statusCode(201).extract().path("slug");
        Api.draft(editor, "Article qui l'utilise", List.of(tag));
        as(editor).header("If-Match", Api.etag(editor, "/api/v1/tags/" + tag)).delete("/api/v1/tags/" + tag).then()
                .statusCode(409).body("detail", containsString("still used"));
        as(ADMIN).header("If-Match", Api.etag(ADMIN, "/api/v1/sections/international"))
                .delete("/api/v1/sections/international").then().statusCode(409);
        as(ADMIN).header("If-Match", Api.etag(ADMIN, "/api/v1/authors/marline-contrasty"))
                .delete("/api/v1/authors/marline-contrasty").then().statusCode(409);
        String unused = as(editor).contentType(ContentType.JSON)
                .body(Map.of("name", TestContent.unique("libre"), "type", "person")).post("/api/v1/tags").then()
                .statusCode(201).extract().path("slug");
        as(editor).header("If-Match", Api.etag(editor, "/api/v1/tags/" + unused)).delete("/api/v1/tags/" + unused)
                .then().statusCode(204);
        as(editor).get("/api/v1/tags/" + unused).then().statusCode(404);
    }
}
