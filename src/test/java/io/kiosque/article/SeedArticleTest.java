package io.kiosque.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.kiosque.support.Seed;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The reference article, loaded as demo content, reads exactly as a reader expects it to. */
@QuarkusTest
class SeedArticleTest {

    @Test
    void seedArticleIsServedCompleteBySlug() {
        given().when().get("/api/v1/articles/" + Seed.SLUG).then().statusCode(200)
                .contentType("application/json")
                .body("headline", equalTo(
                        "La Corée du Nord affirme son alliance stratégique avec Moscou dans le conflit ukrainien"))
                .body("standfirst", startsWith("Kim Jong-un affirme son soutien total à la Russie"))
                .body("leadImage.caption", equalTo("Rencontre entre Kim Jong-un et Sergueï Lavrov à Pyongyang"))
                .body("language", equalTo("fr")).body("status", equalTo("published"))
                .body("section.slug", equalTo("international")).body("section.name", equalTo("International"))
                .body("authors.name", contains("Marline Contrasty"))
                .body("authors[0].bio", equalTo("Journaliste politique, défend une ligne libérale et humaniste."))
                .body("authors[0]", not(org.hamcrest.Matchers.hasKey("email")))
                .body("body.type", contains("heading", "paragraph", "heading", "paragraph", "heading", "paragraph",
                        "heading", "paragraph"))
                .body("body[0].text", equalTo("Un rapprochement diplomatique significatif entre Pyongyang et Moscou"))
                .body("body[3].text", startsWith("Selon l'agence d'État KCNA, la rencontre s'est déroulée"))
                .body("tags.name", containsInAnyOrder("Kim Jong-un", "Sergueï Lavrov", "Corée du Nord", "Russie",
                        "Ukraine", "KCNA", "Union européenne"))
                .body("tags.find { it.slug == 'coree-du-nord' }.isoCode", equalTo("KP"))
                .body("tags.find { it.slug == 'coree-du-nord' }.wikidataId", equalTo("Q423"))
                .body("tags.find { it.slug == 'russie' }.isoCode", equalTo("RU"))
                .body("tags.find { it.slug == 'ukraine' }.isoCode", equalTo("UA"))
                .body("tags.find { it.slug == 'serguei-lavrov' }.type", equalTo("person"))
                .body("tags.find { it.slug == 'kcna' }.type", equalTo("organisation"))
                .body("publishedAt", notNullValue()).body("firstPublishedAt", notNullValue())
                .body("readingTimeMinutes", equalTo(2));
    }

    @Test
    void wordCountIsWhatAReaderCounts() {
        JsonPath article = given().get("/api/v1/articles/" + Seed.SLUG).then().statusCode(200).extract().jsonPath();
        int words = article.getInt("wordCount");
        // Headline, standfirst, 4 headings and 4 paragraphs: 284 words as a word processor counts them ("Jong-un" and
        // "l'agence" are one word each); the lead image caption is not part of the text.
        org.junit.jupiter.api.Assertions.assertEquals(284, words);
    }

    @Test
    void seedArticleIsReachableByIdAndListedInItsSection() {
        String id = given().get("/api/v1/articles/" + Seed.SLUG).then().extract().path("id");
        given().get("/api/v1/articles/" + id).then().statusCode(200).body("slug", equalTo(Seed.SLUG));
        given().queryParam("section", "international").queryParam("tag", "coree-du-nord").get("/api/v1/articles")
                .then().statusCode(200).body("items.slug", org.hamcrest.Matchers.hasItem(Seed.SLUG))
                .body("items.body", everyItem(nullValue()));
    }

    @Test
    void relatedResourcesAreReadable() {
        given().get("/api/v1/sections/international").then().statusCode(200).body("name", equalTo("International"));
        given().get("/api/v1/authors/marline-contrasty").then().statusCode(200)
                .body("bio", equalTo("Journaliste politique, défend une ligne libérale et humaniste."))
                .body("$", not(org.hamcrest.Matchers.hasKey("email")));
        given().get("/api/v1/tags/coree-du-nord").then().statusCode(200).body("isoCode", equalTo("KP"))
                .body("aliases", hasSize(2));
        given().queryParam("isoCode", "KP").get("/api/v1/tags").then().statusCode(200)
                .body("items.slug", contains("coree-du-nord"));
        given().queryParam("wikidataId", "Q423").get("/api/v1/tags").then().statusCode(200)
                .body("items.slug", contains("coree-du-nord"));
        given().queryParam("tagType", "organisation").queryParam("limit", 100).get("/api/v1/tags").then()
                .statusCode(200)
                .body("items.slug", org.hamcrest.Matchers.hasItems("kcna", "union-europeenne"))
                .body("items.type", everyItem(equalTo("organisation")));
    }
}
