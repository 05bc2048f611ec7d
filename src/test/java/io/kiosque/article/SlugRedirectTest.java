package io.kiosque.article;

import static io.kiosque.support.Api.ADMIN;
import static io.kiosque.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kiosque.support.Api;
import io.kiosque.support.TestContent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Old URLs keep working: a former slug answers 301 to the current one, and is never given to anyone else. */
@QuarkusTest
class SlugRedirectTest {

    @Test
    void aRenamedArticleRedirectsFromEveryFormerSlug() {
        String editor = Api.editor();
        String id = Api.draft(editor, "Élections « anticipées » en Corée", List.of());
        as(editor).post("/api/v1/articles/" + id + "/publish").then().statusCode(200);
        String original = given().get("/api/v1/articles/" + id).then().extract().path("slug");
        org.junit.jupiter.api.Assertions.assertTrue(original.startsWith("elections-anticipees-en-coree"));

        String second = TestContent.unique("elections-coree");
        as(editor).header("If-Match", Api.etag(editor, "/api/v1/articles/" + id))
                .contentType("application/merge-patch+json").body("{\"slug\":\"" + second + "\"}")
                .patch("/api/v1/articles/" + id).then().statusCode(200).body("slug", equalTo(second));
        String third = TestContent.unique("elections-seoul");
        as(editor).header("If-Match", Api.etag(editor, "/api/v1/articles/" + id))
                .contentType("application/merge-patch+json").body("{\"slug\":\"" + third + "\"}")
                .patch("/api/v1/articles/" + id).then().statusCode(200);

        for (String former : List.of(original, second)) {
            given().redirects().follow(false).get("/api/v1/articles/" + former).then()
                    .statusCode(301).header("Location", org.hamcrest.Matchers.endsWith("/api/v1/articles/" + third));
        }
        given().get("/api/v1/articles/" + original).then().statusCode(200).body("slug", equalTo(third));

        // A former slug stays reserved for its article.
        String other = Api.draft(editor, "Autre article", List.of());
        as(editor).header("If-Match", Api.etag(editor, "/api/v1/articles/" + other))
                .contentType("application/merge-patch+json").body("{\"slug\":\"" + original + "\"}")
                .patch("/api/v1/articles/" + other).then().statusCode(409);
    }

    @Test
    void generatedSlugsGetASuffixOnCollision() {
        String editor = Api.editor();
        String headline = "Collision " + TestContent.unique("c");
        String first = as(editor).get("/api/v1/articles/" + Api.draft(editor, headline, List.of())).then().extract()
                .path("slug");
        String second = as(editor).get("/api/v1/articles/" + Api.draft(editor, headline, List.of())).then().extract()
                .path("slug");
        org.junit.jupiter.api.Assertions.assertEquals(first + "-2", second);
    }

    @Test
    void renamedSectionsAndTagsRedirectToo() {
        String name = "Asie " + TestContent.unique("s");
        String slug = as(ADMIN).contentType(ContentType.JSON).body(Map.of("name", name)).post("/api/v1/sections")
                .then().statusCode(201).extract().path("slug");
        as(ADMIN).header("If-Match", Api.etag(ADMIN, "/api/v1/sections/" + slug))
                .contentType("application/merge-patch+json").body("{\"slug\":\"" + slug + "-pacifique\"}")
                .patch("/api/v1/sections/" + slug).then().statusCode(200);
        given().redirects().follow(false).get("/api/v1/sections/" + slug).then().statusCode(301)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/sections/" + slug + "-pacifique"));

        String tag = as(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "KCNA " + TestContent.unique("t"), "type", "organisation"))
                .post("/api/v1/tags").then().statusCode(201).extract().path("slug");
        as(ADMIN).header("If-Match", Api.etag(ADMIN, "/api/v1/tags/" + tag))
                .contentType("application/merge-patch+json").body("{\"slug\":\"" + tag + "-agence\"}")
                .patch("/api/v1/tags/" + tag).then().statusCode(200);
        given().redirects().follow(false).get("/api/v1/tags/" + tag).then().statusCode(301)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/tags/" + tag + "-agence"));
    }
}
