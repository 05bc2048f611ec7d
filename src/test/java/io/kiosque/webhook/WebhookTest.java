package io.kiosque.webhook;

import static io.kiosque.support.Api.ADMIN;
import static io.kiosque.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.kiosque.article.ArticleWorkflow;
import io.kiosque.security.Caller;
import io.kiosque.security.Role;
import io.kiosque.support.Api;
import io.kiosque.support.Eventually;
import io.kiosque.support.TestContent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Webhooks end to end: registration, signed deliveries to a receiver on this machine, retries, the outbox. */
@QuarkusTest
class WebhookTest {

    private static final String SECRET = "whsec-0123456789abcdef";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ArticleWorkflow workflow;

    @Inject
    EntityManager em;

    private final List<String> registered = new ArrayList<>();

    @AfterEach
    void removeWebhooks() {
        registered.forEach(id -> as(ADMIN).delete("/api/v1/webhooks/" + id));
    }

    @Test
    void registrationIsValidatedAndTheSecretNeverLeavesTheServer() {
        var created = as(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("url", "https://hooks.example.com/kiosque", "events",
                        List.of("article.published", "tag.deleted"), "secret", SECRET, "description", "CDN"))
                .post("/api/v1/webhooks").then().statusCode(201).body(not(containsString(SECRET)))
                .body("events", equalTo(List.of("article.published", "tag.deleted"))).extract();
        String id = created.path("id");
        registered.add(id);
        assertEquals("/api/v1/webhooks/" + id, java.net.URI.create(created.header("Location")).getPath());
        as(ADMIN).get("/api/v1/webhooks/" + id).then().statusCode(200).body(not(containsString(SECRET)));
        as(ADMIN).get("/api/v1/webhooks").then().statusCode(200).body("items.id", hasItem(id))
                .body(not(containsString(SECRET)));
        String stored = QuarkusTransaction.requiringNew()
                .call(() -> em.find(Webhook.class, UUID.fromString(id)).secret);
        assertTrue(stored.startsWith("v1:") && !stored.contains(SECRET), "stored encrypted: " + stored);

        as(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("url", "https://hooks.example.com/", "events", List.of("article.published"), "secret",
                        "too-short"))
                .post("/api/v1/webhooks").then().statusCode(400).body("errors.pointer", equalTo(List.of("/secret")));
        as(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("url", "ftp://hooks.example.com/", "events", List.of("article.published", "article.read"),
                        "secret", SECRET))
                .post("/api/v1/webhooks").then().statusCode(400)
                .body("errors.pointer", equalTo(List.of("/url", "/events/1")));
        as(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("url", "https://hooks.example.com/", "events", List.of(), "secret", SECRET))
                .post("/api/v1/webhooks").then().statusCode(400).body("errors.pointer", hasItem("/events"));
        as(Api.editor()).contentType(ContentType.JSON)
                .body(Map.of("url", "https://hooks.example.com/", "events", List.of("article.published"), "secret",
                        SECRET))
                .post("/api/v1/webhooks").then().statusCode(403);
        as(ADMIN).get("/api/v1/webhooks/" + UUID.randomUUID()).then().statusCode(404);
        as(ADMIN).queryParam("status", "lost").get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(400);
    }

    @Test
    void aPublishedArticleReachesTheReceiverSignedWithItsRepresentation() throws Exception {
        try (Receiver receiver = Receiver.start()) {
            String webhook = register(receiver.url(), List.of("article.published", "article.deleted"));
            String editor = Api.editor();
            String article = Api.draft(editor, "La Corée du Nord " + TestContent.unique("hook"), List.of());
            as(editor).post("/api/v1/articles/" + article + "/publish").then().statusCode(200);

            Receiver.Received published = receiver.next(PATIENCE.toSeconds());
            assertNotNull(published, "the article.published delivery");
            assertEquals("POST", published.method());
            assertEquals("article.published", published.header("X-Kiosque-Event"));
            assertEquals(hmac(published.body(), SECRET), published.header("X-Kiosque-Signature"));
            assertTrue(published.header("Content-Type").startsWith("application/json"));
            JsonNode body = JSON.readTree(published.body());
            assertEquals(published.header("X-Kiosque-Delivery"), body.path("id").asText());
            assertEquals("article.published", body.path("event").asText());
            assertFalse(body.path("occurredAt").asText().isEmpty());
            assertEquals(article, body.path("data").path("id").asText());
            assertEquals("published", body.path("data").path("status").asText());
            assertTrue(body.path("data").path("headline").asText().startsWith("La Corée du Nord"),
                    "UTF-8 body, accents intact");

            String slug = body.path("data").path("slug").asText();
            String etag = Api.etag(editor, "/api/v1/articles/" + article);
            as(editor).header("If-Match", etag).delete("/api/v1/articles/" + article).then().statusCode(204);
            Receiver.Received deleted = receiver.next(PATIENCE.toSeconds());
            assertNotNull(deleted, "the article.deleted delivery");
            assertEquals(hmac(deleted.body(), SECRET), deleted.header("X-Kiosque-Signature"));
            JsonNode tombstone = JSON.readTree(deleted.body()).path("data");
            assertEquals(Map.of("id", article, "type", "article", "slug", slug),
                    JSON.convertValue(tombstone, Map.class));
            assertNotEquals(published.header("X-Kiosque-Delivery"), deleted.header("X-Kiosque-Delivery"));

            JsonPath log = Eventually.await("both deliveries recorded", PATIENCE, () -> {
                JsonPath page = deliveries(webhook);
                return page.getList("items.status").equals(List.of("delivered", "delivered")) ? page : null;
            });
            assertEquals(List.of("article.deleted", "article.published"), log.getList("items.event"));
            assertEquals(deleted.header("X-Kiosque-Delivery"), log.getString("items[0].id"));
            assertEquals(204, log.getInt("items[1].lastStatusCode"));
            assertEquals(1, log.getInt("items[1].attemptCount"));
            assertEquals(204, log.getInt("items[1].attempts[0].statusCode"));
        }
    }

    @Test
    void aDeliveryArrivesOnceTheReceiverComesBackAfterFailedAttempts() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String webhook = register("http://127.0.0.1:" + port + "/hooks", List.of("article.published"));
        String editor = Api.editor();
        String article = Api.draft(editor, "Retard " + TestContent.unique("hook"), List.of());
        as(editor).post("/api/v1/articles/" + article + "/publish").then().statusCode(200);

        JsonPath failing = Eventually.await("two failed attempts", PATIENCE, () -> {
            JsonPath page = deliveries(webhook);
            return page.getInt("items[0].attemptCount") >= 2 ? page : null;
        });
        assertEquals("pending", failing.getString("items[0].status"));
        assertNotNull(failing.getString("items[0].nextAttemptAt"));
        assertEquals("connection refused or unreachable", failing.getString("items[0].lastError"));
        String delivery = failing.getString("items[0].id");

        try (Receiver receiver = Receiver.on(port)) {
            Receiver.Received received = receiver.next(PATIENCE.toSeconds());
            assertNotNull(received, "the delivery, once the receiver is up");
            assertEquals(delivery, received.header("X-Kiosque-Delivery"), "the same delivery id on every attempt");
            assertEquals(hmac(received.body(), SECRET), received.header("X-Kiosque-Signature"));
            JsonPath delivered = Eventually.await("the delivery marked delivered", PATIENCE, () -> {
                JsonPath page = deliveries(webhook);
                return "delivered".equals(page.getString("items[0].status")) ? page : null;
            });
            List<Integer> statuses = delivered.getList("items[0].attempts.statusCode");
            assertEquals(Integer.valueOf(204), statuses.get(statuses.size() - 1));
            assertTrue(statuses.subList(0, statuses.size() - 1).stream().allMatch(status -> status == null),
                    statuses.toString());
            assertEquals(null, delivered.getString("items[0].nextAttemptAt"));
        }
    }

    @Test
    void aWriteThatRollsBackLeavesNoDeliveryAndACommittedOneLeavesItAtOnce() {
        String webhook = register("http://127.0.0.1:9/hooks", List.of("article.published"));
        String editor = Api.editor();
        String article = Api.draft(editor, "Annulé " + TestContent.unique("hook"), List.of());
        Caller caller = new Caller(null, "test", Role.EDITOR, null);

        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            workflow.publish(article, null, null, caller);
            throw new IllegalStateException("the transaction rolls back after the event was fired");
        }));
        assertEquals(List.of(), deliveries(webhook).getList("items"));
        as(editor).get("/api/v1/articles/" + article).then().statusCode(200).body("status", equalTo("draft"));

        // The outbox row is part of the write's transaction: there as soon as the write has answered.
        as(editor).post("/api/v1/articles/" + article + "/publish").then().statusCode(200);
        assertEquals(List.of("article.published"), deliveries(webhook).getList("items.event"));
    }

    private String register(String url, List<String> events) {
        String id = as(ADMIN).contentType(ContentType.JSON).body(Map.of("url", url, "events", events, "secret", SECRET))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        registered.add(id);
        return id;
    }

    private static JsonPath deliveries(String webhook) {
        return as(ADMIN).get("/api/v1/webhooks/" + webhook + "/deliveries").then().statusCode(200).extract()
                .jsonPath();
    }

    /** Computed here, independently of the code under test. */
    private static String hmac(byte[] body, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }
}
