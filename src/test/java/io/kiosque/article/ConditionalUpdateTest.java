package io.kiosque.article;

import static io.kiosque.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.kiosque.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** No update is ever lost: If-Match is required, checked, and exactly one of two racing editors wins. */
@QuarkusTest
class ConditionalUpdateTest {

    private static final Logger LOG = Logger.getLogger(ConditionalUpdateTest.class);
    static final int ROUNDS = 30;

    @Test
    void updatesWithoutIfMatchAreRefusedAndChangeNothing() {
        String editor = Api.editor();
        String id = Api.draft(editor, "Sans If-Match", List.of());
        String before = Api.etag(editor, "/api/v1/articles/" + id);
        as(editor).contentType(ContentType.JSON).body(Map.of("headline", "Écrasé")).put("/api/v1/articles/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        as(editor).contentType("application/merge-patch+json").body("{\"headline\":\"Écrasé\"}")
                .patch("/api/v1/articles/" + id).then().statusCode(428);
        as(editor).delete("/api/v1/articles/" + id).then().statusCode(428);
        assertEquals(before, Api.etag(editor, "/api/v1/articles/" + id));
    }

    @Test
    void theEtagOfTheJsonLdOrOfSomeFieldsUpdatesWhatWasRead() {
        String editor = Api.editor();
        String id = Api.draft(editor, "Lu autrement", List.of());
        String path = "/api/v1/articles/" + id;
        String full = Api.etag(editor, path);
        String jsonLd = as(editor).get(path + "/json-ld").then().statusCode(200).extract().header("ETag");
        String fields = as(editor).get("/api/v1/article-fields/" + id + "?fields=id,headline").then().statusCode(200)
                .extract().header("ETag");
        String otherFields = as(editor).get("/api/v1/article-fields/" + id + "?fields=id").then().statusCode(200)
                .extract().header("ETag");
        // Each representation has its own validator (a cache must not confuse them), and each names the same state.
        assertEquals(4, java.util.Set.of(full, jsonLd, fields, otherFields).size());
        String next = as(editor).header("If-Match", fields).contentType("application/merge-patch+json")
                .body("{\"standfirst\":\"Corrigé après une lecture partielle\"}").patch(path).then().statusCode(200)
                .extract().header("ETag");
        // The state changed: what was read before, in any form, no longer matches.
        for (String stale : List.of(full, jsonLd, otherFields)) {
            as(editor).header("If-Match", stale).contentType("application/merge-patch+json")
                    .body("{\"standfirst\":\"Écrasé\"}").patch(path).then().statusCode(412);
        }
        String nextJsonLd = as(editor).get(path + "/json-ld").then().statusCode(200).extract().header("ETag");
        as(editor).header("If-Match", nextJsonLd).delete(path).then().statusCode(204);
        assertNotEquals(next, nextJsonLd);
    }

    @Test
    void staleIfMatchIsRefusedAndChangesNothing() {
        String editor = Api.editor();
        String id = Api.draft(editor, "ETag périmé", List.of());
        String stale = Api.etag(editor, "/api/v1/articles/" + id);
        String fresh = as(editor).header("If-Match", stale).contentType("application/merge-patch+json")
                .body("{\"standfirst\":\"Première modification\"}").patch("/api/v1/articles/" + id).then()
                .statusCode(200).extract().header("ETag");
        assertNotEquals(stale, fresh);
        as(editor).header("If-Match", stale).contentType(ContentType.JSON).body(Map.of("headline", "Écrasé"))
                .put("/api/v1/articles/" + id).then().statusCode(412).contentType("application/problem+json");
        as(editor).header("If-Match", "W/" + fresh).contentType(ContentType.JSON).body(Map.of("headline", "Écrasé"))
                .put("/api/v1/articles/" + id).then().statusCode(412);
        as(editor).header("If-Match", stale).delete("/api/v1/articles/" + id).then().statusCode(412);
        as(editor).get("/api/v1/articles/" + id).then().statusCode(200).body("headline", equalTo("ETag périmé"))
                .body("standfirst", equalTo("Première modification"));
        assertEquals(fresh, Api.etag(editor, "/api/v1/articles/" + id));
    }

    @Test
    void whenTwoEditorsRaceWithTheSameEtagExactlyOneWinsEveryRound() throws Exception {
        String alice = Api.editor();
        String bob = Api.editor();
        String id = Api.draft(alice, "Course", List.of());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Integer> winnersPerRound = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String etag = Api.etag(alice, "/api/v1/articles/" + id);
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Integer>> attempts = new ArrayList<>();
                for (String[] editor : new String[][]{{alice, "Alice " + round}, {bob, "Bob " + round}}) {
                    Callable<Integer> put = () -> {
                        start.await();
                        return as(editor[0]).header("If-Match", etag).contentType(ContentType.JSON)
                                .body(Map.of("headline", editor[1])).put("/api/v1/articles/" + id).statusCode();
                    };
                    attempts.add(pool.submit(put));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> attempt : attempts) {
                    statuses.add(attempt.get());
                }
                long winners = statuses.stream().filter(status -> status == 200).count();
                long losers = statuses.stream().filter(status -> status == 412).count();
                assertEquals(1, winners, "round " + round + ": " + statuses);
                assertEquals(1, losers, "round " + round + ": " + statuses);
                winnersPerRound.add((int) winners);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Map<String, Object>> revisions = as(alice).get("/api/v1/articles/" + id + "/revisions").then()
                .extract().path("items");
        assertEquals(ROUNDS + 1, revisions.size(), "one revision per winning update, plus the creation");
        LOG.infof("Race: %d rounds, winners per round %s", ROUNDS, winnersPerRound);
    }
}
