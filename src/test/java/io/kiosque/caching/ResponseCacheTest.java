package io.kiosque.caching;

import static io.kiosque.support.Api.ADMIN;
import static io.kiosque.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.kiosque.support.Api;
import io.kiosque.support.Sql;
import io.kiosque.support.TestContent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Hot public responses come from memory, and every write is visible to the very next read. */
@QuarkusTest
class ResponseCacheTest {

    private static final String LATEST_CHANGE = "select coalesce(max(seq), 0) from content_change";

    @Inject
    ResponseCache cache;
    @Inject
    Sql sql;
    @ConfigProperty(name = "kiosque.cache.ttl")
    Duration ttl;

    @Test
    void repeatedAnonymousReadsAreServedFromTheCache() {
        String editor = Api.editor();
        String id = published(editor, "Article en cache", List.of());
        String path = "/api/v1/articles/" + id;
        double hitsBefore = hits();
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        for (int i = 0; i < 3; i++) {
            given().get(path).then().statusCode(200).header("ETag", equalTo(etag))
                    .header("Cache-Control", org.hamcrest.Matchers.startsWith("public"))
                    .body("headline", equalTo("Article en cache"));
        }
        given().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", equalTo(etag));
        assertTrue(hits() - hitsBefore >= 4, "served from the cache");
        // A token always reaches the REST layer: its answer is private.
        as(editor).get(path).then().statusCode(200).header("Cache-Control", "private, no-store");
    }

    @Test
    void aRevalidationFillsTheCacheWithTheWholeRepresentation() {
        String editor = Api.editor();
        String id = published(editor, "Revalidé par un CDN", List.of());
        String path = "/api/v1/articles/" + id;
        for (String variant : List.of(path, "/api/v1/article-fields/" + id + "?fields=id,headline", path + "/json-ld",
                "/feeds/rss.xml")) {
            var fresh = given().get(variant).then().statusCode(200).extract();
            cache.clear();
            // The first request after the eviction is a revalidation: it must fill the cache, not only answer 304.
            given().header("If-None-Match", fresh.header("ETag")).get(variant).then().statusCode(304);
            double hitsBefore = hits();
            given().header("If-None-Match", fresh.header("ETag")).get(variant).then().statusCode(304);
            var replayed = given().get(variant).then().statusCode(200).extract();
            assertTrue(hits() - hitsBefore >= 2, variant + " is served from the cache after a revalidation");
            assertEquals(fresh.contentType(), replayed.contentType(), variant);
            assertEquals(fresh.header("ETag"), replayed.header("ETag"));
            assertEquals(fresh.asString(), replayed.asString());
        }
    }

    @Test
    void anEntryOutlivesItsTtlWhileNothingChangesAnywhere() throws Exception {
        String editor = Api.editor();
        String id = published(editor, "Rien ne bouge", List.of());
        String path = "/api/v1/articles/" + id;
        // A background write from another test would rightly end the entry's life: then look again.
        for (int attempt = 1;; attempt++) {
            Thread.sleep(500); // the sequence is read again right after a write: let that reading land first
            given().get(path).then().statusCode(200);
            long sequence = sql.queryLong(LATEST_CHANGE);
            Thread.sleep(ttl.toMillis() * 2); // past the ttl, and after at least one reading of the sequence
            double hitsBefore = hits();
            given().get(path).then().statusCode(200).body("headline", equalTo("Rien ne bouge"));
            if (sql.queryLong(LATEST_CHANGE) == sequence) {
                assertEquals(1.0, hits() - hitsBefore, "served from the cache past its ttl");
                return;
            }
            assertTrue(attempt < 3, "the change feed kept moving");
        }
    }

    @Test
    void aChangeMadeByAnotherInstanceIsServedWithinAboutTheTtl() throws Exception {
        String editor = Api.editor();
        String id = published(editor, "Modifié ailleurs", List.of());
        String path = "/api/v1/articles/" + id;
        given().get(path).then().body("standfirst", equalTo("Chapô : Modifié ailleurs"));
        Thread.sleep(ttl.toMillis() * 2); // the entry now lives on the change sequence alone
        // What another instance's write leaves in the database: the row, and its change in the feed.
        sql.execute(
                "update article set standfirst = 'Chapô modifié par une autre instance', updated_at = now() where id = "
                        + "'"
                        + id + "'");
        sql.execute("insert into content_change (resource_type, resource_id, slug, action, occurred_at, public_after) "
                + "select 'article', id, slug, 'updated', now(), true from article where id = '" + id + "'");
        long changedAt = System.nanoTime();
        while (!"Chapô modifié par une autre instance".equals(given().get(path).then().extract().path("standfirst"))) {
            assertTrue(System.nanoTime() - changedAt < ttl.toNanos() * 3, "still stale after three ttls");
            Thread.sleep(100);
        }
    }

    /** A new article with these tags, published by this editor; returns its id. */
    private static String published(String editor, String headline, List<String> tags) {
        String id = Api.draft(editor, headline, tags);
        as(editor).post("/api/v1/articles/" + id + "/publish").then().statusCode(200);
        return id;
    }

    @Test
    void everyWriteIsVisibleToTheNextRead() {
        String editor = Api.editor();
        String tag = as(editor).contentType(ContentType.JSON)
                .body(Map.of("name", TestContent.unique("Tag en cache"), "type", "organisation"))
                .post("/api/v1/tags").then().statusCode(201).extract().path("slug");
        String feed = "/feeds/tags/" + tag + "/rss.xml";
        given().get("/feeds/rss.xml").then().statusCode(200);
        given().get(feed).then().statusCode(200);
        String id = published(editor, "Invalidation exacte", List.of(tag));
        String path = "/api/v1/articles/" + id;
        // A feed cached before the article existed does not name it, yet must show it at once.
        given().get("/feeds/rss.xml").then().body(org.hamcrest.Matchers.containsString("Invalidation exacte"));
        given().get(feed).then().body(org.hamcrest.Matchers.containsString("Invalidation exacte"));
        String list = "/api/v1/articles?tag=" + tag;
        given().get(path).then().body("standfirst", equalTo("Chapô : Invalidation exacte"));
        given().get(list).then().body("items.id", hasItem(id));

        as(editor).header("If-Match", Api.etag(editor, path)).contentType("application/merge-patch+json")
                .body("{\"standfirst\":\"Chapô corrigé\"}").patch(path).then().statusCode(200);
        given().get(path).then().body("standfirst", equalTo("Chapô corrigé"));
        given().get(list).then().body("items[0].standfirst", equalTo("Chapô corrigé"));

        // Renaming a tag changes every article and list that shows it.
        as(editor).header("If-Match", Api.etag(editor, "/api/v1/tags/" + tag))
                .contentType("application/merge-patch+json").body("{\"name\":\"Nom changé\"}")
                .patch("/api/v1/tags/" + tag).then().statusCode(200);
        given().get(path).then().body("tags[0].name", equalTo("Nom changé"));
        given().get(list).then().body("items[0].tags[0].name", equalTo("Nom changé"));

        as(editor).post("/api/v1/articles/" + id + "/unpublish").then().statusCode(200);
        given().get(path).then().statusCode(404);
        given().get(list).then().body("items", org.hamcrest.Matchers.empty());
        assertEquals(0, (int) given().get(list).then().extract().path("items.size()"));
        as(ADMIN).get("/api/v1/tokens").then().statusCode(200);
    }

    private static double hits() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("kiosque_cache_requests_total")
                && line.contains("result=\"hit\"")).mapToDouble(line -> Double.parseDouble(
                        line.substring(
                                line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
