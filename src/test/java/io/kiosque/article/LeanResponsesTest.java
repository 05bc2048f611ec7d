package io.kiosque.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.kiosque.http.FieldSelection;
import io.kiosque.support.TestContent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** Clients ask for the fields they show, and get large bodies compressed. */
@QuarkusTest
class LeanResponsesTest {

    static final String SLUG = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-"
            + "ukrainien";
    static final String SEED = "/api/v1/articles/" + SLUG;
    static final String SEED_FIELDS = "/api/v1/article-fields/" + SLUG;

    @Inject
    TestContent content;
    @Inject
    FieldSelection fieldSelection;

    @Test
    void articleReadSendsOnlyTheSelectedFields() {
        Response full = given().get(SEED).then().statusCode(200).extract().response();
        Response lean = given().queryParam("fields", "slug,headline,standfirst,publishedAt").get(SEED_FIELDS).then()
                .statusCode(200).body("headline", equalTo(full.path("headline"))).extract().response();
        Map<String, Object> body = lean.jsonPath().getMap("$");
        assertEquals(List.of("slug", "headline", "standfirst", "publishedAt"), List.copyOf(body.keySet()));
        assertNotEquals(full.header("ETag"), lean.header("ETag"));
        // The selection shows the article: same cache tags, and it revalidates on its own validator.
        assertEquals(full.header("Surrogate-Key"), lean.header("Surrogate-Key"));
        given().queryParam("fields", "slug,headline,standfirst,publishedAt").header("If-None-Match",
                lean.header("ETag")).get(SEED_FIELDS).then().statusCode(304);
    }

    @Test
    void listSendsOnlyTheSelectedFieldsOfEachItemWithTheSameFiltersAndPaging() {
        Response page = given().queryParam("fields", "slug,headline").queryParam("limit", 2)
                .queryParam("section", "international").get("/api/v1/article-fields").then().statusCode(200)
                .extract().response();
        List<Map<String, Object>> items = page.jsonPath().getList("items");
        assertTrue(!items.isEmpty());
        items.forEach(item -> assertEquals(Set.of("slug", "headline"), item.keySet()));
        assertTrue(page.jsonPath().getMap("$").containsKey("nextCursor"));
        List<String> full = given().queryParam("limit", 2).queryParam("section", "international")
                .get("/api/v1/articles").then().statusCode(200).extract().jsonPath().getList("items.slug");
        assertEquals(full, page.jsonPath().getList("items.slug"));
    }

    @Test
    void unknownOrMissingFieldsAreA400NamingThem() {
        // body is a field of the article, not of a summary.
        given().queryParam("fields", "slug,bogus,body").get("/api/v1/article-fields").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].parameter", equalTo("fields"))
                .body("detail", containsString("'bogus'")).body("detail", containsString("'body'"))
                .body("detail", containsString("allowed: id, slug, headline"));
        given().queryParam("fields", "slug,,headline").get(SEED_FIELDS).then().statusCode(400)
                .body("detail", containsString("(empty)"));
        given().queryParam("fields", "slug").queryParam("fields", "headline").get(SEED_FIELDS).then()
                .statusCode(400);
        given().get(SEED_FIELDS).then().statusCode(400).body("errors[0].parameter", equalTo("fields"));
        // The full representations take no selection.
        given().queryParam("fields", "slug").get(SEED).then().statusCode(400).body("errors[0].parameter",
                equalTo("fields"));
    }

    @Test
    void theDocumentListsEveryAllowedField() {
        var doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath();
        Map<String, Class<?>> enums = Map.of("ArticleField", ArticleView.class, "ArticleSummaryField",
                ArticleSummary.class);
        enums.forEach((schema, representation) -> assertEquals(fieldSelection.fieldsOf(representation),
                doc.getList("components.schemas." + schema + ".enum"), schema));
    }

    @Test
    void largeBodiesAreGzippedForClientsThatAcceptIt() throws Exception {
        for (int i = 0; i < 30; i++) {
            content.article("Article de remplissage n° " + i + " pour une longue liste", ArticleStatus.PUBLISHED,
                    Instant.now(), null, List.of(), List.of());
        }
        HttpClient client = HttpClient.newHttpClient();
        URI list = URI.create("http://localhost:" + RestAssured.port + "/api/v1/articles?limit=100");
        HttpResponse<byte[]> gzipped = client.send(HttpRequest.newBuilder(list).header("Accept-Encoding", "gzip")
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, gzipped.statusCode());
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(null));
        String json = new String(new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertTrue(json.startsWith("{\"items\":["), json.substring(0, 20));

        HttpResponse<byte[]> plain = client.send(HttpRequest.newBuilder(list).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, plain.statusCode());
        assertTrue(plain.headers().firstValue("Content-Encoding").map("identity"::equals).orElse(true));
        assertEquals(json, new String(plain.body(), StandardCharsets.UTF_8));
        // Same representation, same validator, whatever the transfer coding.
        assertEquals(plain.headers().firstValue("ETag"), gzipped.headers().firstValue("ETag"));
    }

    @Test
    void smallBodiesAreNotWorthCompressing() throws Exception {
        HttpResponse<byte[]> small = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + RestAssured.port + "/api/v1/sections/international"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, small.statusCode());
        assertNull(small.headers().firstValue("Content-Encoding").filter("gzip"::equals).orElse(null));
    }
}
