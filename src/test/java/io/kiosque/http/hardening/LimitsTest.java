package io.kiosque.http.hardening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.kiosque.security.Role;
import io.kiosque.support.Api;
import io.kiosque.support.NothingWritten;
import io.kiosque.support.Protocol;
import io.kiosque.support.Seed;
import io.kiosque.support.TestContent;
import io.kiosque.token.TokenRequest;
import io.kiosque.token.TokenService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The limits a public API needs, with rate limits switched on at small sizes: body size (413), JSON nesting and string
 * length, writes per token and failed authentications per address (429 with Retry-After), CORS for browser editors, and
 * security headers on every kind of response.
 */
@QuarkusTest
@TestProfile(LimitsTest.SmallLimits.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LimitsTest {

    public static class SmallLimits implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kiosque.rate-limit.enabled", "true", "kiosque.rate-limit.writes.burst", "3",
                    "kiosque.rate-limit.writes.per-minute", "1", "kiosque.rate-limit.failed-authentications.burst",
                    "3", "kiosque.rate-limit.failed-authentications.per-minute", "1");
        }
    }

    private static final String ALLOWED_ORIGIN = "https://editor.kiosque.test";
    private static final String OTHER_ORIGIN = "https://lecteur.example";

    @Inject
    NothingWritten nothingWritten;
    @Inject
    TokenService tokens;
    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    @Order(1)
    void aBodyOverTheLimitIsA413ProblemWhateverItsFramingAndProtocol() throws Exception {
        byte[] tooLarge = articleOfBytes(2_200_000); // over the 2 MB limit
        byte[] large = articleOfBytes(1_500_000); // under it
        for (Protocol protocol : Protocol.values()) {
            // Declared by Content-Length, or not (chunked in HTTP/1.1, a plain stream of DATA frames in HTTP/2).
            for (boolean streamed : List.of(false, true)) {
                String exchange = protocol + (streamed ? " streamed" : " declared");
                // Tokens of their own: this class keeps the admin's rate limit for the requests under test.
                String editor = editor();
                Protocol.Exchange refused = nothingWritten.during(() -> protocol.send(port, "POST", "/api/v1/articles",
                        Map.of("Authorization", "Bearer " + editor, "Content-Type", "application/json"), tooLarge,
                        streamed));
                assertEquals(413, refused.status(), exchange + " " + refused.body());
                assertEquals(protocol.version(), refused.version(), exchange);
                assertTrue(refused.header("Content-Type").startsWith("application/problem+json"),
                        exchange + " " + refused);
                assertEquals("nosniff", refused.header("X-Content-Type-Options"), exchange);
                assertTrue(refused.body().contains("\"status\":413"), exchange + " " + refused.body());

                Protocol.Exchange accepted = protocol.send(port, "POST", "/api/v1/articles",
                        Map.of("Authorization", "Bearer " + editor(), "Content-Type", "application/json"), large,
                        streamed);
                assertEquals(201, accepted.status(), exchange + " " + accepted.body());
            }
        }
    }

    /** An article of at least this many bytes, in paragraphs: no single string comes near the parser's limits. */
    private static byte[] articleOfBytes(int size) {
        String paragraph = "{\"type\":\"paragraph\",\"text\":\"" + "Pyongyang et Moscou. ".repeat(180) + "\"}";
        String body = String.join(",", Collections.nCopies(size / paragraph.length() + 1, paragraph));
        return ("{\"headline\":\"Un article long\",\"body\":[" + body + "]}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @Order(2)
    void jsonNestingAndStringLengthAreBoundedAtTheParser() {
        String editor = editor();
        String article = Api.draft(editor, "Un article à imbriquer", List.of());
        String etag = Api.etag(editor, "/api/v1/articles/" + article);
        nothingWritten.during(() -> {
            // 1.1 million characters: under the body limit, over the 1,000,000-character string limit.
            Api.as(editor).contentType(ContentType.JSON).body(Map.of("text", "mot ".repeat(275_000)))
                    .post("/api/v1/tag-suggestions").then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("detail", containsString("1000000"));
            // A merge patch is read whole before it is applied: the depth is what refuses it.
            String deep = "[".repeat(65) + "]".repeat(65);
            Api.as(editor).contentType("application/merge-patch+json").header("If-Match", etag)
                    .body("{\"headline\":" + deep + "}").patch("/api/v1/articles/" + article).then().statusCode(400)
                    .contentType(startsWith("application/problem+json")).body("detail", containsString("64"));
            return null;
        });
    }

    @Test
    @Order(3)
    void writesPerTokenAreRateLimitedWithRetryAfter() {
        String editor = editor();
        String otherEditor = editor();
        for (int i = 0; i < 3; i++) {
            Api.draft(editor, "Rafale n°" + i, List.of());
        }
        Response refused = nothingWritten.during(() -> Api.as(editor).contentType(ContentType.JSON)
                .body(Map.of("headline", "Une de trop")).post("/api/v1/articles"));
        refused.then().statusCode(429).contentType(startsWith("application/problem+json")).body("status",
                equalTo(429));
        assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1, "Retry-After says when to come back");
        // The limit is per token, and reads are never limited.
        Api.draft(otherEditor, "Un autre jeton écrit encore", List.of());
        for (int i = 0; i < 10; i++) {
            Api.as(editor).get("/api/v1/articles/" + Seed.SLUG).then().statusCode(200);
        }
    }

    @Test
    @Order(4)
    void corsLetsBrowserEditorsSendPreconditionsAndReadETags() {
        given().header("Origin", ALLOWED_ORIGIN).header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options("/api/v1/articles/" + Seed.SLUG).then().statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Allow-Credentials", not(equalTo("true")));
        given().header("Origin", ALLOWED_ORIGIN).get("/api/v1/articles/" + Seed.SLUG).then().statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Allow-Credentials", not(equalTo("true")))
                .header("Vary", containsString("Origin"));
        // Another origin gets no grant for anything that carries a token or writes: the browser keeps the response
        // from its page.
        given().header("Origin", OTHER_ORIGIN).header("Authorization", "Bearer " + Api.ADMIN)
                .get("/api/v1/articles/" + Seed.SLUG).then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", OTHER_ORIGIN).header("Access-Control-Request-Method", "DELETE")
                .options("/api/v1/articles/" + Seed.SLUG).then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", OTHER_ORIGIN).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization").options("/api/v1/articles/" + Seed.SLUG)
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    @Order(4)
    void anyOriginMayReadPublicContentAnonymously() {
        // A page on any site may fetch published content: nothing private travels in an anonymous read.
        for (String path : List.of("/api/v1/articles/" + Seed.SLUG, "/api/v1/articles?limit=1", "/feeds/rss.xml",
                "/q/openapi")) {
            given().header("Origin", OTHER_ORIGIN).get(path).then().statusCode(200)
                    .header("Access-Control-Allow-Origin", "*")
                    .header("Access-Control-Expose-Headers", containsString("ETag"))
                    .header("Access-Control-Allow-Credentials", nullValue());
        }
        // A conditional read needs a preflight for If-None-Match: granted for reads, without credentials.
        given().header("Origin", OTHER_ORIGIN).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match").options("/api/v1/articles/" + Seed.SLUG)
                .then().statusCode(204).header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", "GET, HEAD")
                .header("Access-Control-Allow-Headers", containsString("if-none-match"));
        // A preview link is a credential in the URL: its answer is for the page that has it, not for any origin.
        given().header("Origin", OTHER_ORIGIN).queryParam("preview", "kqp_invalid")
                .get("/api/v1/articles/" + Seed.SLUG).then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    @Order(5)
    void everyKindOfResponseCarriesTheSecurityHeaders() {
        String etag = given().get("/api/v1/articles/" + Seed.SLUG).then().extract().header("ETag");
        List<Response> responses = List.of(given().get("/api/v1/articles/" + Seed.SLUG),
                given().header("If-None-Match", etag).get("/api/v1/articles/" + Seed.SLUG),
                given().get("/api/v1/articles/nothing-here"), given().get("/nowhere"),
                given().contentType(ContentType.JSON).body("{}").post("/api/v1/articles"),
                given().get("/feeds/rss.xml"), given().get("/sitemap.xml"),
                given().get("/q/openapi"), given().get("/q/health/ready"),
                given().contentType(ContentType.JSON).body("{").header("Authorization", "Bearer " + Api.ADMIN)
                        .post("/api/v1/articles"));
        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        assertEquals(List.of(200, 304, 404, 404, 401, 200, 200, 200, 200, 400), statuses);
        for (Response response : responses) {
            assertEquals("nosniff", response.header("X-Content-Type-Options"), statuses.toString());
            assertEquals("DENY", response.header("X-Frame-Options"));
            assertEquals("no-referrer", response.header("Referrer-Policy"));
            assertTrue(response.header("Content-Security-Policy").contains("frame-ancestors 'none'"),
                    response.header("Content-Security-Policy"));
            assertTrue(response.header("Strict-Transport-Security").startsWith("max-age="));
        }
    }

    @Test
    @Order(6)
    void oversizedRequestLinesAndHeadersAreRefusedBeforeRouting() {
        // Refused by the HTTP codec (README, "Known limit"): a 4xx with the connection closed, never a 5xx or a hang.
        // No operation answers them, so the contract check has nothing to compare them with.
        given().noFilters().get("/api/v1/articles?q=" + "a".repeat(5000)).then().statusCode(414);
        given().noFilters().header("X-Padding", "a".repeat(25_000)).get("/api/v1/articles").then().statusCode(431);
        given().get("/api/v1/articles/" + Seed.SLUG).then().statusCode(200);
    }

    @Test
    @Order(7) // last: it blocks this machine's address for bearer tokens until the bucket refills
    void failedAuthenticationsPerAddressAreRateLimitedWithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", "Bearer kq_guess" + i).get("/api/v1/articles").then().statusCode(401);
        }
        Response refused = given().header("Authorization", "Bearer kq_guess-again").get("/api/v1/articles");
        refused.then().statusCode(429).contentType(startsWith("application/problem+json"));
        assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1);
        // Guessing stops for the address, even with a valid token; anonymous reading goes on.
        given().header("Authorization", "Bearer " + Api.ADMIN).get("/api/v1/tokens").then().statusCode(429);
        given().get("/api/v1/articles/" + Seed.SLUG).then().statusCode(200);
    }

    /**
     * A new editor token, made without an HTTP write: the bootstrap admin's own writes count against its bucket too,
     * and this class keeps them for the requests under test.
     */
    private String editor() {
        return tokens.create(new TokenRequest(TestContent.unique("limits"), Role.EDITOR, null)).token();
    }

}
