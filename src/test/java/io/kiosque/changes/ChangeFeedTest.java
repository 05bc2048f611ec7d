package io.kiosque.changes;

import static io.kiosque.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.kiosque.article.Article;
import io.kiosque.article.ArticleStatus;
import io.kiosque.content.Slugs;
import io.kiosque.support.Api;
import io.kiosque.support.Eventually;
import io.kiosque.support.TestContent;
import io.kiosque.tag.TagRequest;
import io.kiosque.tag.TagService;
import io.kiosque.tag.TagType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** The change feed as an integrator follows it: complete, in commit order, each change once, drafts kept private. */
@QuarkusTest
class ChangeFeedTest {

    record Change(long id, String resourceType, String resourceId, String slug, String action) {
    }

    /** Everything read from a cursor up to the end of the feed, and where to continue. */
    record Read(List<Change> changes, String cursor) {
    }

    @Inject
    TestContent content;

    @Inject
    TagService tags;

    @Inject
    EntityManager em;

    @Test
    void anonymousReadersSeeChangesToPublicContentOnlyAndEditorsSeeEverything() {
        String editor = Api.editor();
        String anonymousStart = follow(null, null).cursor();
        String editorStart = follow(editor, null).cursor();

        String article = Api.draft(editor, "Brouillon " + TestContent.unique("feed"), List.of());
        patch(editor, article, "{\"standfirst\":\"Chapô revu\"}");
        as(editor).post("/api/v1/articles/" + article + "/publish").then().statusCode(200);
        patch(editor, article, "{\"standfirst\":\"Chapô publié\"}");
        as(editor).post("/api/v1/articles/" + article + "/unpublish").then().statusCode(200);
        String draft = Api.draft(editor, "Jamais publié " + TestContent.unique("feed"), List.of());
        delete(editor, draft);
        // Written without events, as demo content is: only the database knows it was public before its deletion.
        Article imported = content.article("Importé " + TestContent.unique("feed"), ArticleStatus.PUBLISHED,
                Instant.now(), null, List.of(), List.of());
        delete(editor, imported.id.toString());
        String tag = as(editor).contentType(ContentType.JSON)
                .body(Map.of("name", "Sergueï Lavrov " + TestContent.unique("feed"), "type", "person"))
                .post("/api/v1/tags").then().statusCode(201).extract().path("id");

        Map<String, List<String>> anonymous = actionsByResource(follow(null, anonymousStart).changes());
        assertEquals(List.of("published", "updated", "unpublished"), anonymous.get(article));
        assertFalse(anonymous.containsKey(draft), "changes to a draft are private");
        assertEquals(List.of("deleted"), anonymous.get(imported.id.toString()));
        assertEquals(List.of("created"), anonymous.get(tag));

        Map<String, List<String>> everything = actionsByResource(follow(editor, editorStart).changes());
        assertEquals(List.of("created", "updated", "published", "updated", "unpublished"), everything.get(article));
        assertEquals(List.of("created", "deleted"), everything.get(draft));
        assertEquals(List.of("deleted"), everything.get(imported.id.toString()));
        assertEquals(List.of("created"), everything.get(tag));
    }

    @Test
    void aDeletionIsATombstoneWithTheTypeIdAndLastSlug() {
        String editor = Api.editor();
        String start = follow(null, null).cursor();
        var created = as(editor).contentType(ContentType.JSON)
                .body(Map.of("name", "Union européenne " + TestContent.unique("feed"), "type", "organisation"))
                .post("/api/v1/tags").then().statusCode(201).extract();
        String id = created.path("id");
        String etag = created.header("ETag");
        as(editor).header("If-Match", etag).delete("/api/v1/tags/" + id).then().statusCode(204);

        Change tombstone = follow(null, start).changes().stream()
                .filter(change -> change.resourceId().equals(id) && change.action().equals("deleted")).findFirst()
                .orElseThrow();
        assertEquals("tag", tombstone.resourceType());
        assertEquals(created.path("slug"), tombstone.slug());
    }

    /**
     * The case a plain sequence gets wrong: a transaction takes its place in the feed, a later one would commit first,
     * and a reader that moved past the later one would never see the earlier. Here the later write waits until the
     * earlier one has ended, and a reader sees both, in commit order.
     */
    @Test
    void aLaterWriteWaitsForAnEarlierOneSoThatReadersNeverSkipIt() throws Exception {
        String editor = Api.editor();
        String start = follow(editor, null).cursor();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        String slowName = "Lent " + TestContent.unique("feed");
        String fastName = "Rapide " + TestContent.unique("feed");
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            Future<String> slow = executor.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                String id = tags.create(new TagRequest(null, slowName, TagType.PERSON, null, null, null, null)).id()
                        .toString();
                written.countDown();
                assertTrue(commit.await(60, TimeUnit.SECONDS));
                return id;
            }));
            assertTrue(written.await(60, TimeUnit.SECONDS));
            Future<String> fast = executor.submit(() -> as(editor).contentType(ContentType.JSON)
                    .body(Map.of("name", fastName, "type", "person")).post("/api/v1/tags").then().statusCode(201)
                    .extract().<String>path("id"));
            Eventually.await("the later write to wait for the feed's lock", Duration.ofSeconds(60),
                    () -> writersWaitingForTheFeed() > 0);

            Read whileInFlight = follow(editor, start);
            List<String> slugs = whileInFlight.changes().stream().map(Change::slug).toList();
            assertFalse(slugs.contains(Slugs.slugify(slowName)) || slugs.contains(Slugs.slugify(fastName)),
                    slugs.toString());
            assertFalse(fast.isDone(), "the later write waits for the earlier one");

            commit.countDown();
            String slowId = slow.get(60, TimeUnit.SECONDS);
            String fastId = fast.get(60, TimeUnit.SECONDS);
            List<String> afterCommit = ids(follow(editor, whileInFlight.cursor()));
            assertTrue(afterCommit.contains(slowId) && afterCommit.contains(fastId), afterCommit.toString());
            assertTrue(afterCommit.indexOf(slowId) < afterCommit.indexOf(fastId), "in commit order");
        } finally {
            commit.countDown();
            executor.shutdownNow();
        }
    }

    /**
     * Writers create, update and delete tags concurrently while a reader follows the feed: the reader sees every
     * committed change exactly once, each writer's changes in the order it made them.
     */
    @Test
    void concurrentWritersAreSeenExactlyOnceEachInTheOrderTheyCommitted() throws Exception {
        String editor = Api.editor();
        String start = follow(editor, null).cursor();
        int writers = 6;
        int tagsPerWriter = 4;
        ExecutorService executor = Executors.newFixedThreadPool(writers + 1);
        try {
            List<Future<List<String>>> written = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                written.add(executor.submit(() -> writeTags(editor, tagsPerWriter)));
            }
            // The reader follows the feed while the writers run, as an integrator would.
            Future<List<Change>> reading = executor.submit(() -> {
                List<Change> seen = new ArrayList<>();
                String cursor = start;
                while (!written.stream().allMatch(Future::isDone)) {
                    Read read = follow(editor, cursor);
                    seen.addAll(read.changes());
                    cursor = read.cursor();
                }
                seen.addAll(follow(editor, cursor).changes());
                return seen;
            });
            List<List<String>> committed = new ArrayList<>();
            for (Future<List<String>> writer : written) {
                committed.add(writer.get(120, TimeUnit.SECONDS));
            }
            List<Change> seen = reading.get(120, TimeUnit.SECONDS);

            Set<Long> ids = new HashSet<>();
            seen.forEach(change -> assertTrue(ids.add(change.id()), "change " + change.id() + " seen twice"));
            for (int i = 1; i < seen.size(); i++) {
                assertTrue(seen.get(i).id() > seen.get(i - 1).id(), "ids follow the feed's (commit) order");
            }
            for (List<String> writer : committed) {
                // Each entry is "resourceId action", in the order this writer committed them.
                List<String> expected = new ArrayList<>(writer);
                Set<String> resources = new HashSet<>();
                expected.forEach(entry -> resources.add(entry.split(" ")[0]));
                List<String> observed = seen.stream().filter(change -> resources.contains(change.resourceId()))
                        .map(change -> change.resourceId() + " " + change.action()).toList();
                assertEquals(expected, observed);
            }
            assertEquals(writers * tagsPerWriter * 4,
                    committed.stream().mapToInt(List::size).sum());
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void theCursorIsOpaqueAndValidated() {
        given().queryParam("cursor", "not-a-cursor").get("/api/v1/changes").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].parameter", equalTo("cursor"));
        String tagsCursor = given().queryParam("limit", 1).get("/api/v1/tags").then().statusCode(200).extract()
                .path("nextCursor");
        given().queryParam("cursor", tagsCursor).get("/api/v1/changes").then().statusCode(400);
        given().queryParam("limit", 0).get("/api/v1/changes").then().statusCode(400);
        given().queryParam("since", "1").get("/api/v1/changes").then().statusCode(400)
                .body("errors[0].parameter", equalTo("since"));
    }

    @Test
    void fullPagesLinkToTheNextOneAndTheTailIsCachedBriefly() {
        String editor = Api.editor();
        String start = follow(null, null).cursor();
        for (int i = 0; i < 3; i++) {
            as(editor).contentType(ContentType.JSON)
                    .body(Map.of("name", "Pays " + TestContent.unique("feed"), "type", "country")).post("/api/v1/tags")
                    .then().statusCode(201);
        }
        String next = given().queryParam("cursor", start).queryParam("limit", 2).get("/api/v1/changes").then()
                .statusCode(200).body("hasMore", equalTo(true)).header("Link", startsWith("</api/v1/changes?"))
                .extract().path("nextCursor");
        while (true) {
            var page = given().queryParam("cursor", next).queryParam("limit", 2).get("/api/v1/changes").then()
                    .statusCode(200).extract();
            next = page.path("nextCursor");
            if (!page.<Boolean>path("hasMore")) {
                assertEquals(ChangeFeedResource.TAIL_CACHE_CONTROL, page.header("Cache-Control"));
                assertEquals(null, page.header("Link"));
                return;
            }
        }
    }

    private static List<String> writeTags(String editor, int count) {
        List<String> committed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var created = as(editor).contentType(ContentType.JSON)
                    .body(Map.of("name", "Concurrent " + TestContent.unique("feed"), "type", "person"))
                    .post("/api/v1/tags").then().statusCode(201).extract();
            String id = created.path("id");
            String etag = created.header("ETag");
            committed.add(id + " created");
            for (int update = 0; update < 2; update++) {
                etag = as(editor).header("If-Match", etag).contentType("application/merge-patch+json")
                        .body("{\"description\":\"Révision " + update + "\"}").patch("/api/v1/tags/" + id).then()
                        .statusCode(200).extract().header("ETag");
                committed.add(id + " updated");
            }
            as(editor).header("If-Match", etag).delete("/api/v1/tags/" + id).then().statusCode(204);
            committed.add(id + " deleted");
        }
        return committed;
    }

    /** Reads from {@code cursor} (the start when null) until the feed says it is caught up. */
    static Read follow(String token, String cursor) {
        List<Change> changes = new ArrayList<>();
        while (true) {
            RequestSpecification request = token == null ? given() : as(token);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.queryParam("limit", 100).get("/api/v1/changes").then().statusCode(200).extract()
                    .jsonPath();
            for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                changes.add(new Change(((Number) item.get("id")).longValue(), (String) item.get("resourceType"),
                        (String) item.get("resourceId"), (String) item.get("slug"), (String) item.get("action")));
            }
            cursor = page.getString("nextCursor");
            if (!page.getBoolean("hasMore")) {
                return new Read(changes, cursor);
            }
        }
    }

    private static Map<String, List<String>> actionsByResource(List<Change> changes) {
        Map<String, List<String>> actions = new HashMap<>();
        changes.forEach(change -> actions.computeIfAbsent(change.resourceId(), id -> new ArrayList<>())
                .add(change.action()));
        return actions;
    }

    private long writersWaitingForTheFeed() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from pg_locks where locktype = 'advisory' "
                        + "and not granted and database = (select oid from pg_database where datname = "
                        + "current_database())")
                        .getSingleResult()).longValue());
    }

    private static List<String> ids(Read read) {
        return read.changes().stream().map(Change::resourceId).toList();
    }

    private static void patch(String token, String id, String patch) {
        String etag = Api.etag(token, "/api/v1/articles/" + id);
        as(token).header("If-Match", etag).contentType("application/merge-patch+json").body(patch)
                .patch("/api/v1/articles/" + id).then().statusCode(200);
    }

    private static void delete(String token, String id) {
        String etag = Api.etag(token, "/api/v1/articles/" + id);
        as(token).header("If-Match", etag).delete("/api/v1/articles/" + id).then().statusCode(204);
    }
}
