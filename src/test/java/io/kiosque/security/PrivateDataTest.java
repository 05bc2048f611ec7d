package io.kiosque.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.kiosque.section.Section;
import io.kiosque.support.Api;
import io.kiosque.support.TestContent;
import io.kiosque.tag.Tag;
import io.kiosque.tag.TagType;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * What a caller cannot read, it cannot find either (Strapi filter oracles, Directus search over hidden fields): no
 * filter, sort or search matches an author's private e-mail, and no list, search, feed, sitemap or change feed shows an
 * anonymous reader a draft, a scheduled or an archived article.
 *
 * <p>
 * One author (with a private e-mail made of a unique word) signs five articles in one section with one tag, each with a
 * unique word in its headline: one published, one draft, one scheduled next month, one archived after publication and
 * one archived without ever being published. Each check has a positive control (the published article, or an editor's
 * view), so that a check that finds nothing proves something.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivateDataTest {

    private static final String ARTICLES = "/api/v1/articles";

    @Inject
    TestContent content;
    @Inject
    Scheduler scheduler;

    private String editor;
    private String contributor;
    private String otherContributor;
    private String authorSlug;
    private String emailWord;
    private String email;
    private Section section;
    private Tag tag;
    private String changesBefore;
    /** The articles by state, and the unique word of each headline. */
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, String> slugs = new HashMap<>();
    private final Map<String, String> words = new HashMap<>();

    private static final String PUBLISHED = "published";
    private static final List<String> HIDDEN = List.of("draft", "scheduled", "archived", "withdrawn");

    /** Once for the class, before the first test (RestAssured knows the port only from then on). */
    @BeforeEach
    void content() {
        if (editor != null) {
            return;
        }
        editor = Api.editor();
        changesBefore = endOfChangeFeed();
        emailWord = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        email = emailWord + "@redaction.example";
        authorSlug = Api.as(editor).contentType(ContentType.JSON)
                .body(Map.of("name", TestContent.unique("Plume"), "email", email))
                .post("/api/v1/authors").then().statusCode(201).extract().path("slug");
        section = content.section("Rubrique privée", null);
        tag = content.tag("Étiquette privée", TagType.ORGANISATION, null, null);
        contributor = Api.token("contributor", authorSlug);
        otherContributor = Api.token("contributor", content.author("Autre plume").slug);

        for (String state : List.of(PUBLISHED, "draft", "scheduled", "archived", "withdrawn")) {
            String word = "mot" + state + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            Map<String, Object> body = Map.of("headline", "Article privé " + word, "standfirst",
                    "Le chapô de l'article " + word + ".", "body",
                    List.of(Map.of("type", "paragraph", "text", "Le corps de l'article " + word + ".")), "section",
                    section.slug, "authors", List.of(authorSlug), "tags", List.of(tag.slug));
            JsonPath created = Api.as(contributor).contentType(ContentType.JSON).body(body).post(ARTICLES).then()
                    .statusCode(201).extract().jsonPath();
            String id = created.getString("id");
            switch (state) {
                case PUBLISHED -> workflow(id, "publish", null);
                case "scheduled" -> workflow(id, "publish",
                        Map.of("at", Instant.now().plus(30, ChronoUnit.DAYS).toString()));
                case "archived" -> {
                    workflow(id, "publish", null);
                    workflow(id, "archive", null);
                }
                case "withdrawn" -> workflow(id, "archive", null);
                default -> {
                }
            }
            ids.put(state, id);
            slugs.put(state, created.getString("slug"));
            words.put(state, word);
        }
    }

    // ---- Search ------------------------------------------------------------------------------------------------

    @Test
    void searchFindsNoUnpublishedArticleForAnonymousReaders() {
        assertEquals(List.of(ids.get(PUBLISHED)), found(given(), "q", words.get(PUBLISHED)));
        for (String state : HIDDEN) {
            assertEquals(List.of(), found(given(), "q", words.get(state)), state + " found by its headline");
            assertEquals(List.of(), found(given(), "q", words.get(state), "sort", "-updatedAt"), state);
        }
        // Control: an editor asking for every status finds each of them by the same words.
        for (String state : HIDDEN) {
            assertEquals(List.of(ids.get(state)), found(Api.as(editor), "q", words.get(state), "status", "draft",
                    "status", "scheduled", "status", "archived"), state + " is searchable by editors");
        }
    }

    @Test
    void searchFindsAnotherContributorsDraftForNobodyButItsOwner() {
        assertEquals(List.of(), found(Api.as(otherContributor), "q", words.get("draft"), "status", "draft"));
        assertEquals(List.of(ids.get("draft")), found(Api.as(contributor), "q", words.get("draft"), "status", "draft"));
    }

    @Test
    void searchNeverMatchesAnAuthorsPrivateEmail() {
        for (String token : new String[]{null, editor}) {
            assertEquals(List.of(), found(as(token), "q", emailWord));
            assertEquals(List.of(), found(as(token), "q", "\"" + email + "\""));
        }
        assertEquals(List.of(), found(Api.as(editor), "q", emailWord, "status", "draft", "status", "published",
                "status", "scheduled", "status", "archived"));
        // Control: the author's public articles are there, by a public field.
        assertEquals(List.of(ids.get(PUBLISHED)), found(given(), "author", authorSlug));
    }

    // ---- Filters and sort ------------------------------------------------------------------------------------------

    @Test
    void noFilterOrSortReachesThePrivateEmail() {
        // The author filter takes a slug or an id, never an e-mail; the e-mail's local part is no slug of it.
        problem(given().queryParam("author", email).get(ARTICLES), 400);
        assertEquals(List.of(), found(given(), "author", emailWord));
        assertEquals(List.of(), found(Api.as(editor), "author", emailWord, "status", "draft"));
        for (String path : List.of(ARTICLES, "/api/v1/authors", "/api/v1/tags", "/api/v1/sections", "/api/v1/changes",
                "/feeds/authors/" + authorSlug + "/rss.xml")) {
            for (String parameter : List.of("email", "author.email", "authors.email", "filters[author][email][$eq]",
                    "filter[email]", "where")) {
                problem(given().queryParam(parameter, email).get(path), 400);
            }
        }
        for (String sort : List.of("email", "-email", "author.email", "-authors.email")) {
            problem(given().queryParam("sort", sort).get(ARTICLES), 400);
            problem(given().queryParam("sort", sort).get("/api/v1/authors"), 400);
        }
    }

    @Test
    void theEmailIsWriteOnly() {
        for (String token : new String[]{null, editor}) {
            String author = as(token).get("/api/v1/authors/" + authorSlug).then().statusCode(200).extract().asString();
            assertFalse(author.contains(emailWord), author);
        }
        String article = given().get(ARTICLES + "/" + ids.get(PUBLISHED)).then().statusCode(200).extract().asString();
        assertTrue(article.contains(authorSlug), "control: the article embeds its author");
        assertFalse(article.contains(emailWord), article);
        String jsonLd = given().get(ARTICLES + "/" + ids.get(PUBLISHED) + "/json-ld").then().statusCode(200)
                .extract().asString();
        assertFalse(jsonLd.contains(emailWord), jsonLd);
        String revisions = Api.as(editor).get(ARTICLES + "/" + ids.get(PUBLISHED) + "/revisions/1").then()
                .statusCode(200).extract().asString();
        assertFalse(revisions.contains(emailWord), revisions);
    }

    // ---- Lists -------------------------------------------------------------------------------------------------

    @Test
    void listsShowAnonymousReadersThePublishedArticleOnly() {
        String published = ids.get(PUBLISHED);
        List<List<String>> filters = List.of(List.of("author", authorSlug), List.of("tag", tag.slug),
                List.of("section", section.slug), List.of("section", section.id.toString()),
                List.of("tag", tag.slug, "sort", "-updatedAt"), List.of("author", authorSlug, "sort", "publishedAt"),
                List.of("author", authorSlug, "status", "published"),
                List.of("author", authorSlug, "from", "2000-01-01", "to", "2100-01-01"),
                List.of("author", authorSlug, "language", "fr", "tagType", "organisation"),
                List.of("author", authorSlug, "q", "article"));
        for (List<String> filter : filters) {
            JsonPath page = page(given(), filter.toArray(String[]::new));
            assertEquals(List.of(published), page.getList("items.id"), filter.toString());
            assertNull(page.get("nextCursor"), "no hint of more: " + filter);
        }
        // A page of one still says nothing about the rest.
        assertNull(page(given(), "author", authorSlug, "limit", "1").get("nextCursor"));
        for (String status : List.of("draft", "scheduled", "archived")) {
            problem(given().queryParam("author", authorSlug).queryParam("status", status).get(ARTICLES), 401);
        }
        // Contributors: their own, not another's; editors: everything.
        String[] everyStatus = {"author", authorSlug, "status", "draft", "status", "scheduled", "status", "archived"};
        assertEquals(List.of(), page(Api.as(otherContributor), everyStatus).getList("items.id"));
        assertEquals(Set.of(ids.get("draft"), ids.get("scheduled"), ids.get("archived"), ids.get("withdrawn")),
                Set.copyOf(page(Api.as(contributor), everyStatus).getList("items.id")));
        assertEquals(Set.of(ids.get("draft"), ids.get("scheduled"), ids.get("archived"), ids.get("withdrawn")),
                Set.copyOf(page(Api.as(editor), everyStatus).getList("items.id")));
    }

    @Test
    void unpublishedArticlesAreNotFoundLikeMissingOnes() {
        Response missing = given().get(ARTICLES + "/" + UUID.randomUUID());
        for (String state : HIDDEN) {
            for (String key : List.of(ids.get(state), slugs.get(state))) {
                Response hidden = given().get(ARTICLES + "/" + key);
                problem(hidden, 404);
                assertEquals(missing.jsonPath().getString("type"), hidden.jsonPath().getString("type"));
                assertEquals(missing.jsonPath().getString("title"), hidden.jsonPath().getString("title"));
                problem(Api.as(otherContributor).get(ARTICLES + "/" + key), 404);
            }
        }
    }

    // ---- Delivery ------------------------------------------------------------------------------------------------

    @Test
    void feedsAndSitemapsShowThePublishedArticleOnly() {
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        for (String path : List.of("/feeds/rss.xml", "/feeds/authors/" + authorSlug + "/rss.xml",
                "/feeds/tags/" + tag.slug + "/rss.xml", "/feeds/sections/" + section.slug + "/rss.xml",
                "/sitemap-news.xml", "/sitemaps/articles/" + month + ".xml")) {
            String document = given().get(path).then().statusCode(200).extract().asString();
            assertTrue(document.contains(slugs.get(PUBLISHED)), path + " lists the published article");
            for (String state : HIDDEN) {
                assertFalse(document.contains(slugs.get(state)), path + " lists the " + state + " article");
                assertFalse(document.contains(words.get(state)), path + " shows the " + state + " headline");
            }
            assertFalse(document.contains(emailWord), path + " shows the e-mail");
        }
    }

    @Test
    void theChangeFeedShowsAnonymousReadersNoUnpublishedArticle() {
        List<Map<String, Object>> anonymous = changesSince(null);
        Set<Object> seen = new HashSet<>();
        anonymous.forEach(change -> seen.add(change.get("resourceId")));
        assertTrue(seen.contains(ids.get(PUBLISHED)), "the published article is in the public feed");
        for (String state : List.of("draft", "scheduled", "withdrawn")) {
            assertFalse(seen.contains(ids.get(state)), "the " + state + " article is in the public feed");
        }
        // The archived article was public: its publication, then its withdrawal, are public facts; nothing else.
        List<Object> archived = anonymous.stream()
                .filter(change -> ids.get("archived").equals(change.get("resourceId")))
                .map(change -> change.get("action")).toList();
        assertEquals(List.of("published", "archived"), archived);
        for (Map<String, Object> change : anonymous) {
            for (String state : List.of("draft", "scheduled", "withdrawn")) {
                assertFalse(String.valueOf(change.get("slug")).contains(words.get(state)), change.toString());
            }
        }
        // Control: editors see every change.
        Set<Object> everything = new HashSet<>();
        changesSince(editor).forEach(change -> everything.add(change.get("resourceId")));
        assertTrue(everything.containsAll(ids.values()), "editors see the changes to every article");
    }

    // ---- Helpers -------------------------------------------------------------------------------------------------

    // ---- Last-Modified -----------------------------------------------------------------------------------------

    @Test
    void lastModifiedNeverRevealsWhenUnpublishedContentChanges() throws InterruptedException {
        scheduler.pause(); // a scheduled article of another test publishing now would move the clock, rightly
        try {
            Instant before = anonymousLastModified();
            Thread.sleep(1100); // Last-Modified has a resolution of one second
            String draft = Api.draft(contributor, "Brouillon daté", List.of());
            String etag = Api.etag(contributor, ARTICLES + "/" + draft);
            Api.as(contributor).contentType("application/merge-patch+json").header("If-Match", etag)
                    .body(Map.of("standfirst", "Retouché en secret.")).patch(ARTICLES + "/" + draft).then()
                    .statusCode(200);
            Api.as(editor).header("If-Match", Api.etag(editor, ARTICLES + "/" + draft)).delete(ARTICLES + "/" + draft)
                    .then().statusCode(204);
            assertEquals(before, anonymousLastModified(), "editing or deleting a draft is invisible to readers");

            // Withdrawing a published article is public: the clock moves, so caches revalidate.
            String published = Api.draft(contributor, "Publié puis retiré", List.of());
            workflow(published, "publish", null);
            Instant afterPublish = anonymousLastModified();
            assertTrue(afterPublish.isAfter(before));
            Thread.sleep(1100);
            workflow(published, "unpublish", null);
            assertTrue(anonymousLastModified().isAfter(afterPublish), "a withdrawal moves the clock");
        } finally {
            scheduler.resume();
        }
    }

    private static Instant anonymousLastModified() {
        String header = given().get(ARTICLES + "?section=international").then().statusCode(200).extract()
                .header("Last-Modified");
        return ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME)
                .toInstant();
    }

    private void workflow(String id, String action, Map<String, String> body) {
        RequestSpecification request = Api.as(editor);
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        request.post(ARTICLES + "/" + id + "/" + action).then().statusCode(200);
    }

    /** A new request as this token, or anonymous (null). */
    private static RequestSpecification as(String token) {
        return token == null ? given() : Api.as(token);
    }

    private static JsonPath page(RequestSpecification caller, String... parameters) {
        for (int i = 0; i < parameters.length; i += 2) {
            caller.queryParam(parameters[i], parameters[i + 1]);
        }
        return caller.get(ARTICLES).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> found(RequestSpecification caller, String... parameters) {
        return page(caller, parameters).getList("items.id");
    }

    private static void problem(Response response, int status) {
        assertEquals(status, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
    }

    /** The position at the end of the change feed now (followed as an editor, who sees every change). */
    private String endOfChangeFeed() {
        String cursor = null;
        while (true) {
            RequestSpecification request = Api.as(editor).queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            cursor = page.getString("nextCursor");
            if (!page.getBoolean("hasMore")) {
                return cursor;
            }
        }
    }

    /** Every change after the content was made, as this caller (null: anonymous) sees them. */
    private List<Map<String, Object>> changesSince(String token) {
        List<Map<String, Object>> changes = new ArrayList<>();
        String cursor = changesBefore;
        while (true) {
            RequestSpecification request = as(token).queryParam("limit", 100)
                    .queryParam("cursor", cursor);
            JsonPath page = request.get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            changes.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
            if (!page.getBoolean("hasMore")) {
                return changes;
            }
        }
    }
}
