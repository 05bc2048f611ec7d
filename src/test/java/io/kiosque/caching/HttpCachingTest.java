package io.kiosque.caching;

import static io.kiosque.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.kiosque.article.Article;
import io.kiosque.article.ArticleStatus;
import io.kiosque.support.Api;
import io.kiosque.support.TestContent;
import io.kiosque.tag.Tag;
import io.kiosque.tag.TagType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Every public GET is cacheable by browsers and CDNs, and revalidates to 304 while nothing it shows has changed. */
@QuarkusTest
class HttpCachingTest {

    static final String SEED = "/api/v1/articles/la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-"
            + "conflit-ukrainien";

    @Inject
    TestContent content;

    @Test
    void unchangedArticleAnswers304ToIfNoneMatchAndIfModifiedSince() {
        Response first = given().get(SEED).then().statusCode(200).header("ETag", notNullValue())
                .header("Last-Modified", notNullValue()).extract().response();
        given().header("If-None-Match", first.header("ETag")).get(SEED).then().statusCode(304)
                .header("ETag", first.header("ETag")).header("Cache-Control", notNullValue());
        given().header("If-Modified-Since", first.header("Last-Modified")).get(SEED).then().statusCode(304);
        given().header("If-None-Match", "\"something-else\"").get(SEED).then().statusCode(200);
    }

    @Test
    void unchangedListAnswers304ToIfNoneMatchAndIfModifiedSince() {
        Response first = given().queryParam("section", "international").get("/api/v1/articles").then()
                .statusCode(200).header("ETag", notNullValue()).header("Last-Modified", notNullValue()).extract()
                .response();
        given().queryParam("section", "international").header("If-None-Match", first.header("ETag"))
                .get("/api/v1/articles").then().statusCode(304);
        given().queryParam("section", "international").header("If-Modified-Since", first.header("Last-Modified"))
                .get("/api/v1/articles").then().statusCode(304);
    }

    @Test
    void listRevalidatesToNewContentWhenATagOfAnItemIsRenamed() throws InterruptedException {
        Tag tag = content.tag("Séoul", TagType.ORGANISATION, null, null);
        content.article("Un article étiqueté", ArticleStatus.PUBLISHED, Instant.now(), null, List.of(), List.of(tag));
        Response before = given().queryParam("tag", tag.slug).get("/api/v1/articles").then().statusCode(200)
                .extract().response();
        sleepPastTheSecond();

        String editor = Api.editor();
        String etag = Api.etag(editor, "/api/v1/tags/" + tag.slug);
        as(editor).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("name", "Séoul (gouvernement)")).patch("/api/v1/tags/" + tag.slug).then()
                .statusCode(200);

        Response after = given().queryParam("tag", tag.slug).get("/api/v1/articles").then().statusCode(200)
                .body("items[0].tags[0].name", equalTo("Séoul (gouvernement)")).extract().response();
        assertNotEquals(before.header("ETag"), after.header("ETag"));
        given().queryParam("tag", tag.slug).header("If-None-Match", before.header("ETag")).get("/api/v1/articles")
                .then().statusCode(200);
        given().queryParam("tag", tag.slug).header("If-Modified-Since", before.header("Last-Modified"))
                .get("/api/v1/articles").then().statusCode(200);
    }

    @Test
    void listRevalidatesToNewContentWhenAnItemLeavesIt() throws InterruptedException {
        Tag tag = content.tag("Pyongyang", TagType.ORGANISATION, null, null);
        Instant now = Instant.now();
        content.article("Le plus ancien", ArticleStatus.PUBLISHED, now.minusSeconds(60), null, List.of(),
                List.of(tag));
        Article newest = content.article("Le plus récent", ArticleStatus.PUBLISHED, now, null, List.of(),
                List.of(tag));
        Response before = given().queryParam("tag", tag.slug).get("/api/v1/articles").then().statusCode(200)
                .extract().response();
        sleepPastTheSecond();

        // The remaining item is older than the list the reader has: its own date cannot tell that the list changed.
        as(Api.editor()).post("/api/v1/articles/" + newest.id + "/unpublish").then().statusCode(200);
        given().queryParam("tag", tag.slug).header("If-Modified-Since", before.header("Last-Modified"))
                .get("/api/v1/articles").then().statusCode(200).body("items.headline", equalTo(List.of(
                        "Le plus ancien")));
    }

    @Test
    void anonymousReadsArePublicForTheConfiguredTimes() {
        int maxAge = ConfigProvider.getConfig().getValue("kiosque.http.cache.max-age", Integer.class);
        int stale = ConfigProvider.getConfig().getValue("kiosque.http.cache.stale-while-revalidate", Integer.class);
        String expected = "public, max-age=" + maxAge + ", stale-while-revalidate=" + stale;
        for (String path : List.of(SEED, "/api/v1/articles", "/api/v1/tags", "/api/v1/authors/marline-contrasty",
                "/api/v1/sections", "/feeds/rss.xml", "/sitemap.xml")) {
            given().get(path).then().statusCode(200).header("Cache-Control", equalTo(expected))
                    .header("ETag", notNullValue()).header("Last-Modified", notNullValue())
                    .header("Vary", org.hamcrest.Matchers.containsString("Accept"));
        }
    }

    @Test
    void readsWithATokenArePrivateAndCarryNoCacheTags() {
        as(Api.editor()).get(SEED).then().statusCode(200).header("Cache-Control", equalTo("private, no-store"))
                .header("Surrogate-Key", nullValue());
        as(Api.editor()).get("/api/v1/articles").then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store")).header("Surrogate-Key", nullValue());
    }

    @Test
    void surrogateKeysNameTheArticleItsSectionAuthorsAndTags() {
        var article = given().get(SEED).then().statusCode(200).extract().jsonPath();
        List<String> expected = new java.util.ArrayList<>(List.of("articles", "article-" + article.getString("id"),
                "section-" + article.getString("section.id"), "author-" + article.getString("authors[0].id")));
        article.getList("tags.id", String.class).forEach(id -> expected.add("tag-" + id));

        List<String> item = keys(given().get(SEED));
        assertTrue(item.containsAll(expected), item + " should contain " + expected);
        List<String> list = keys(given().queryParam("section", "international").get("/api/v1/articles"));
        assertTrue(list.containsAll(expected), list + " should contain " + expected);
    }

    @Test
    void writesAreNeverStored() {
        String editor = Api.editor();
        as(editor).contentType(ContentType.JSON).body(Map.of("headline", "Brouillon", "body", List.of()))
                .post("/api/v1/articles").then().statusCode(201).header("Cache-Control", equalTo("no-store"))
                .header("Surrogate-Key", nullValue()).header("Last-Modified", nullValue());
    }

    @Test
    void aProblemIsNeverCachedAsContent() {
        given().get("/api/v1/articles/la-coree-du-sud").then().statusCode(404).header("ETag", nullValue())
                .header("Surrogate-Key", nullValue()).contentType(not(equalTo("application/json")));
    }

    static List<String> keys(Response response) {
        String header = response.then().statusCode(200).extract().header("Surrogate-Key");
        return Arrays.asList(header.split(" "));
    }

    /** Last-Modified counts in whole seconds: a change in the same second as a read cannot be told apart by date. */
    static void sleepPastTheSecond() throws InterruptedException {
        Thread.sleep(1100);
    }

    static Instant httpDate(String value) {
        return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    @Test
    void keysOfAListIncludeEveryItem() {
        List<String> keys = keys(given().queryParam("limit", 100).get("/api/v1/articles"));
        assertTrue(keys.size() > 1);
        org.hamcrest.MatcherAssert.assertThat(keys, hasItems("articles"));
    }
}
