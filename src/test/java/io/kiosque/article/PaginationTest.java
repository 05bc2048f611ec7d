package io.kiosque.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.kiosque.section.Section;
import io.kiosque.support.TestContent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Keyset pagination: every item exactly once, in order, even while new articles arrive. */
@QuarkusTest
class PaginationTest {

    @Inject
    TestContent content;

    @Test
    void followingCursorsVisitsEveryArticleOnceInOrder() {
        Section section = content.section("Pagination", null);
        Instant base = Instant.parse("2025-03-01T08:00:00Z");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            // Pairs share a publication instant, so the id must break ties.
            Instant at = base.plusSeconds(60L * (i / 2));
            expected.add(content.article("Article " + i, ArticleStatus.PUBLISHED, at, section, List.of(), List.of()).id
                    .toString());
        }
        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String next = "/api/v1/articles?section=" + section.slug + "&limit=20";
        while (next != null) {
            Response response = given().urlEncodingEnabled(false).get(next);
            JsonPath page = response.then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("items.id");
            seen.addAll(ids);
            sizes.add(ids.size());
            String cursor = page.getString("nextCursor");
            String link = response.header("Link");
            if (cursor == null) {
                assertNull(link);
                next = null;
            } else {
                assertTrue(link.endsWith(">; rel=\"next\"") && link.contains("cursor=" + cursor), link);
                next = link.substring(1, link.indexOf('>'));
            }
        }
        assertEquals(List.of(20, 20, 5), sizes);
        assertEquals(45, new HashSet<>(seen).size(), "no article repeated");
        List<Instant> order = new ArrayList<>();
        for (String id : seen) {
            order.add(Instant.parse(given().get("/api/v1/articles/" + id).then().extract().path("publishedAt")));
        }
        for (int i = 1; i < order.size(); i++) {
            assertTrue(!order.get(i).isAfter(order.get(i - 1)), "newest first");
        }
        assertEquals(new HashSet<>(expected), new HashSet<>(seen));
    }

    @Test
    void concurrentInsertsNeitherSkipNorRepeat() {
        Section section = content.section("Flux", null);
        Instant base = Instant.parse("2025-04-01T08:00:00Z");
        Set<String> original = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            original.add(content.article("Original " + i, ArticleStatus.PUBLISHED, base.plusSeconds(3600L * i),
                    section, List.of(), List.of()).id.toString());
        }
        JsonPath first = given().queryParam("section", section.slug).queryParam("limit", 10).get("/api/v1/articles")
                .then().statusCode(200).extract().jsonPath();
        List<String> seen = new ArrayList<>(first.getList("items.id"));
        // News breaks while the reader pages: newer articles, and some published between those already listed.
        for (int i = 0; i < 10; i++) {
            content.article("Nouveau " + i, ArticleStatus.PUBLISHED, base.plusSeconds(3600L * 40 + i), section,
                    List.of(), List.of());
            content.article("Intercalé " + i, ArticleStatus.PUBLISHED, base.plusSeconds(3600L * 3 * i + 1800), section,
                    List.of(), List.of());
        }
        String cursor = first.getString("nextCursor");
        while (cursor != null) {
            JsonPath page = given().queryParam("section", section.slug).queryParam("limit", 10)
                    .queryParam("cursor", cursor).get("/api/v1/articles").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        }
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no article repeated");
        assertTrue(seen.containsAll(original), "no original article skipped");
    }

    @Test
    void aCursorBelongsToItsQuery() {
        Section section = content.section("Curseurs", null);
        for (int i = 0; i < 3; i++) {
            content.article("Curseur " + i, ArticleStatus.PUBLISHED, Instant.now().minusSeconds(i), section, List.of(),
                    List.of());
        }
        String cursor = given().queryParam("section", section.slug).queryParam("limit", 1).get("/api/v1/articles")
                .then().extract().path("nextCursor");
        given().queryParam("section", "international").queryParam("limit", 1).queryParam("cursor", cursor)
                .get("/api/v1/articles").then().statusCode(400).body("errors[0].parameter", equalTo("cursor"));
        given().queryParam("section", section.slug).queryParam("sort", "-updatedAt").queryParam("cursor", cursor)
                .get("/api/v1/articles").then().statusCode(400).body("detail", containsString("cursor"));
        given().queryParam("cursor", cursor.substring(0, cursor.length() - 3) + "AAA").get("/api/v1/articles")
                .then().statusCode(400);
    }
}
