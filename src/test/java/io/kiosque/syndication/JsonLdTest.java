package io.kiosque.syndication;

import static io.kiosque.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kiosque.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** An article's JSON-LD (…/json-ld) is a schema.org NewsArticle, under the same rules as its JSON. */
@QuarkusTest
class JsonLdTest {

    static final String SITE = "https://www.kiosque.example";
    static final String SLUG = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-"
            + "ukrainien";
    static final String SEED = "/api/v1/articles/" + SLUG;
    static final String SEED_JSON_LD = SEED + "/json-ld";

    @Test
    void seedArticleIsANewsArticle() {
        var json = given().get(SEED).then().extract().jsonPath();
        given().get(SEED_JSON_LD).then().statusCode(200).contentType(startsWith(JsonLd.MEDIA_TYPE_NAME))
                .body("'@context'", equalTo("https://schema.org")).body("'@type'", equalTo("NewsArticle"))
                .body("headline", equalTo(
                        "La Corée du Nord affirme son alliance stratégique avec Moscou dans le conflit ukrainien"))
                .body("description", equalTo(json.getString("standfirst")))
                .body("datePublished", equalTo(json.getString("firstPublishedAt")))
                .body("dateModified", equalTo(json.getString("updatedAt"))).body("inLanguage", equalTo("fr"))
                .body("articleSection", equalTo("International")).body("wordCount", equalTo(284))
                .body("author[0].'@type'", equalTo("Person")).body("author[0].name", equalTo("Marline Contrasty"))
                .body("author[0].url", equalTo(SITE + "/authors/marline-contrasty"))
                .body("publisher.'@type'", equalTo("Organization")).body("publisher.name", equalTo("Kiosque"))
                .body("mainEntityOfPage.'@id'", equalTo(SITE + "/articles/" + SLUG))
                .body("url", equalTo(SITE + "/articles/" + SLUG))
                // The headline and standfirst name these: the article is about them...
                .body("about.find { it.name == 'Corée du Nord' }.'@type'", equalTo("Country"))
                .body("about.find { it.name == 'Corée du Nord' }.sameAs", equalTo("https://www.wikidata.org/wiki/Q423"))
                .body("about.find { it.name == 'Corée du Nord' }.identifier", equalTo("KP"))
                .body("about.find { it.name == 'Kim Jong-un' }.'@type'", equalTo("Person"))
                .body("about.find { it.name == 'Sergueï Lavrov' }.'@type'", equalTo("Person"))
                .body("about.name", hasItem("Russie"))
                // ...and merely mentions the others.
                .body("mentions.find { it.name == 'KCNA' }.'@type'", equalTo("Organization"))
                .body("mentions.name", hasItem("Union européenne")).body("mentions.name", not(hasItem("Russie")))
                // The seed's lead image has no URL yet: no image rather than a broken one.
                .body("image", nullValue());
    }

    @Test
    void theArticleItselfIsJsonOnly() {
        given().get(SEED).then().statusCode(200).contentType(startsWith("application/json")).body("slug",
                equalTo(SLUG));
        given().accept("*/*").get(SEED).then().statusCode(200).contentType(startsWith("application/json"));
        // One operation, one representation: JSON-LD has an operation of its own.
        for (String accept : List.of("text/html", JsonLd.MEDIA_TYPE_NAME)) {
            given().accept(accept).get(SEED).then().statusCode(406).contentType("application/problem+json")
                    .body("status", equalTo(406));
        }
        given().accept("application/json").get(SEED_JSON_LD).then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void aFormerSlugRedirectsToTheJsonLdOfTheCurrentOne() {
        String editor = Api.editor();
        String id = Api.draft(editor, "Un titre provisoire", List.of());
        as(editor).post("/api/v1/articles/" + id + "/publish").then().statusCode(200);
        String etag = Api.etag(editor, "/api/v1/articles/" + id);
        as(editor).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("slug", "un-titre-definitif")).patch("/api/v1/articles/" + id).then().statusCode(200);
        given().redirects().follow(false).get("/api/v1/articles/un-titre-provisoire/json-ld").then().statusCode(301)
                .header("Location", endsWith("/api/v1/articles/un-titre-definitif/json-ld"));
    }

    @Test
    void jsonLdIsCachedOnItsOwnValidator() {
        Response json = given().get(SEED).then().extract().response();
        Response ld = given().get(SEED_JSON_LD).then().statusCode(200)
                .header("ETag", notNullValue()).header("Cache-Control", startsWith("public")).extract().response();
        assertNotEquals(json.header("ETag"), ld.header("ETag"));
        given().header("If-None-Match", ld.header("ETag")).get(SEED_JSON_LD).then().statusCode(304);
    }

    @Test
    void draftsAreNoMoreVisibleAsJsonLdThanAsJson() {
        String editor = Api.editor();
        String id = Api.draft(editor, "Brouillon confidentiel", List.of());
        given().get("/api/v1/articles/" + id + "/json-ld").then().statusCode(404)
                .contentType("application/problem+json");
        as(editor).get("/api/v1/articles/" + id + "/json-ld").then().statusCode(200)
                .body("headline", equalTo("Brouillon confidentiel")).body("datePublished", nullValue())
                .header("Cache-Control", equalTo("private, no-store"));
    }

    @Test
    void leadImageBecomesAnImageObject() {
        String editor = Api.editor();
        String id = as(editor).contentType(ContentType.JSON)
                .body(Map.of("headline", "Photo de Pyongyang", "leadImage",
                        Map.of("url", "https://images.kiosque.example/pyongyang.jpg", "caption",
                                "Pyongyang, vue d'ensemble", "credit", "KCNA")))
                .post("/api/v1/articles").then().statusCode(201).extract().path("id");
        as(editor).post("/api/v1/articles/" + id + "/publish").then().statusCode(200);
        given().get("/api/v1/articles/" + id + "/json-ld").then().statusCode(200)
                .body("image.'@type'", equalTo("ImageObject"))
                .body("image.url", equalTo("https://images.kiosque.example/pyongyang.jpg"))
                .body("image.caption", equalTo("Pyongyang, vue d'ensemble")).body("image.creditText", equalTo("KCNA"));
    }
}
