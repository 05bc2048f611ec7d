package io.kiosque.imports;

import static io.kiosque.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kiosque.dev.DemoContent;
import io.kiosque.support.Api;
import io.kiosque.support.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Wire copy laid out like the seed becomes the same article as the demo content, as a draft with suggestions. */
@QuarkusTest
class ImportTest {

    @Test
    void importingTheSeedFileYieldsTheDemoArticleStructure() {
        String editor = Api.editor();
        var response = as(editor).contentType("text/plain; charset=UTF-8")
                .body(DemoContent.seedText().getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports").then()
                .statusCode(201).header("Location", containsString("/api/v1/articles/"))
                .body("status", equalTo("draft")).body("authors.slug", hasItem("marline-contrasty"))
                .body("suggestedTags.tag.name", hasItems("Union européenne", "KCNA", "Kim Jong-un",
                        "Sergueï Lavrov", "Corée du Nord", "Russie"))
                .body("suggestedTags.tag.name", not(hasItem("Ukraine"))).extract();
        JsonPath imported = response.jsonPath();
        JsonPath demo = as(editor).get("/api/v1/articles/" + Seed.SLUG).then().extract().jsonPath();
        for (String field : List.of("headline", "standfirst", "body", "leadImage", "language", "wordCount",
                "readingTimeMinutes")) {
            assertEquals((Object) demo.get(field), imported.get(field), field);
        }
        assertEquals(demo.getList("authors"), imported.getList("authors"));
        // The draft's ETag is the one to send with the next edit.
        String id = imported.getString("id");
        assertEquals(Api.etag(editor, "/api/v1/articles/" + id), response.header("ETag"));
        as(editor).get("/api/v1/articles/" + id + "/tag-suggestions").then().statusCode(200)
                .body("items.tag.name", hasItem("Union européenne"))
                .body("items.find { it.tag.slug == 'union-europeenne' }.mentions[0].text", equalTo("Union européenne"));
    }

    @Test
    void unreadableCopyIsA400ThatSaysWhat() {
        as(Api.editor()).contentType("text/plain").body("Un titre\nUn chapô").post("/api/v1/imports").then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("five non-blank lines"));
        as(Api.editor()).contentType("text/plain").body("").post("/api/v1/imports").then().statusCode(400);
        as(Api.contributor()).contentType("text/plain").body(DemoContent.seedText()).post("/api/v1/imports").then()
                .statusCode(403);
    }

    @Test
    void suggestionsForUnsavedTextLeaveNothingBehind() {
        String text = "Selon l'agence d'État KCNA, un défi pour l'Union européenne et d'Ukraine. L'Indépendance.";
        as(Api.contributor()).contentType("application/json").body(Map.of("text", text))
                .post("/api/v1/tag-suggestions").then().statusCode(200)
                .body("items.tag.slug", hasItems("kcna", "union-europeenne", "ukraine"))
                .body("items.find { it.tag.slug == 'ukraine' }.mentions[0].start", equalTo(text.indexOf("Ukraine")));
    }
}
