package io.kiosque.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.kiosque.author.Author;
import io.kiosque.section.Section;
import io.kiosque.support.Seed;
import io.kiosque.support.TestContent;
import io.kiosque.tag.Tag;
import io.kiosque.tag.TagType;
import io.quarkus.test.junit.QuarkusTest;

/** Every documented filter narrows the list as documented; every malformed one is a 400 naming it. */
@QuarkusTest
class ArticleListFilterTest {

    @Inject
    TestContent content;

    @Test
    void filtersCombine() {
        Section monde = content.section("Monde", null);
        Section asie = content.section("Asie", monde);
        Author marline = content.author("Marline Test");
        Tag kim = content.tag("Kim Test", TagType.PERSON, null, null);
        Tag pays = content.tag("Pays Test", TagType.COUNTRY, null, null);
        Instant june = Instant.parse("2025-06-15T10:00:00Z");
        Article both = content.article("Les deux tags", ArticleStatus.PUBLISHED, june, asie, List.of(marline),
                List.of(kim, pays));
        Article onlyKim = content.article("Un seul tag", ArticleStatus.PUBLISHED, june.minusSeconds(86400 * 30), monde,
                List.of(), List.of(kim));
        content.article("Brouillon", ArticleStatus.DRAFT, null, monde, List.of(marline), List.of(kim, pays));

        given().queryParam("section", monde.slug).get("/api/v1/articles").then().statusCode(200)
                .body("items.id", contains(both.id.toString(), onlyKim.id.toString()));
        given().queryParam("section", asie.slug).get("/api/v1/articles").then()
                .body("items.id", contains(both.id.toString()));
        given().queryParam("author", marline.slug).get("/api/v1/articles").then()
                .body("items.id", contains(both.id.toString()));
        given().queryParam("tag", kim.slug).get("/api/v1/articles").then()
                .body("items.id", containsInAnyOrder(both.id.toString(), onlyKim.id.toString()));
        given().queryParam("tag", kim.slug).queryParam("tag", pays.id.toString()).get("/api/v1/articles").then()
                .body("items.id", contains(both.id.toString()));
        given().queryParam("tag", kim.slug).queryParam("from", "2025-06-01").queryParam("to", "2025-06-15")
                .get("/api/v1/articles").then().body("items.id", contains(both.id.toString()));
        given().queryParam("tag", kim.slug).queryParam("to", "2025-06-01T00:00:00+02:00").get("/api/v1/articles")
                .then().body("items.id", contains(onlyKim.id.toString()));
        given().queryParam("tag", kim.slug).queryParam("sort", "publishedAt").get("/api/v1/articles").then()
                .body("items.id", contains(onlyKim.id.toString(), both.id.toString()));
        given().queryParam("tag", kim.slug).queryParam("language", "en").get("/api/v1/articles").then()
                .body("items", empty());
        given().queryParam("tag", "KP").queryParam("tag", "Q423").get("/api/v1/articles").then()
                .body("items.slug", contains(Seed.SLUG));
        given().queryParam("tagType", "organisation").queryParam("limit", 100).get("/api/v1/articles").then()
                .body("items.slug", org.hamcrest.Matchers.hasItem(Seed.SLUG))
                .body("items.id", not(org.hamcrest.Matchers.hasItem(both.id.toString())));
    }

    @Test
    void malformedParametersAreNamedInA400() {
        for (String[] bad : new String[][]{{"limit", "0"}, {"limit", "101"}, {"limit", "dix"},
                {"cursor", "%%%"}, {"from", "hier"}, {"to", "2025-13-01"}, {"sort", "title"},
                {"sort", "-publishedAt;drop table article"}, {"tagType", "city"}, {"language", "!!"},
                {"section", "' or 1=1 --"}, {"status", "deleted"}, {"sectoin", "international"}}) {
            given().urlEncodingEnabled(true).queryParam(bad[0], bad[1]).get("/api/v1/articles").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("errors[0].parameter", equalTo(bad[0]));
        }
        given().queryParam("limit", 5).queryParam("limit", 6).get("/api/v1/articles").then().statusCode(400)
                .body("errors[0].parameter", equalTo("limit"));
        given().queryParam("tagType", "planet").get("/api/v1/tags").then().statusCode(400);
        given().queryParam("isoCode", "ZZ").get("/api/v1/tags").then().statusCode(400);
        given().queryParam("wikidataId", "423").get("/api/v1/tags").then().statusCode(400);
    }
}
