package io.kiosque.caching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.kiosque.support.Api;
import io.kiosque.support.Protocol;
import io.kiosque.support.Protocol.Exchange;
import io.kiosque.support.Seed;
import io.kiosque.support.TestContent;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Every kind of exchange answers the same over HTTP/1.1, HTTP/2 reached by upgrade (curl --http2, the JDK's client) and
 * HTTP/2 with prior knowledge (curl --http2-prior-knowledge, proxies): anonymous reads computed by the REST layer and
 * the same reads served from the response cache, revalidations, errors, redirects, reads with a token and writes.
 */
@QuarkusTest
class HttpProtocolsTest {

    private static final String SEED = "/api/v1/articles/" + Seed.SLUG;

    @Inject
    ResponseCache cache;
    @Inject
    MeterRegistry registry;
    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void anonymousReadsAnswerTheSameComputedOrFromTheCache(Protocol protocol) {
        for (String path : List.of(SEED, "/api/v1/articles?limit=5", "/api/v1/sections", "/api/v1/tags",
                "/api/v1/authors/marline-contrasty", SEED + "/json-ld", "/api/v1/article-fields/" + Seed.SLUG
                        + "?fields=slug,headline",
                "/api/v1/changes", "/feeds/rss.xml", "/sitemap.xml")) {
            cache.clear();
            double hits = hits();
            Exchange computed = protocol.get(port, path, Map.of());
            Exchange cached = protocol.get(port, path, Map.of());
            String label = protocol + " " + path;
            assertEquals(200, computed.status(), label + " " + computed.body());
            assertEquals(protocol.version(), computed.version(), label);
            assertEquals(200, cached.status(), label + " (cached) " + cached.body());
            assertEquals(hits + 1, hits(), label + ": the second read comes from the cache");
            assertEquals(computed.body(), cached.body(), () -> label + ": " + difference(computed, cached));
            assertEquals(computed.header("ETag"), cached.header("ETag"), label);
            assertEquals(computed.header("Content-Type"), cached.header("Content-Type"), label);

            // Revalidation, on the computed path and on the cached one.
            cache.clear();
            Exchange notModified = protocol.get(port, path, Map.of("If-None-Match", computed.header("ETag")));
            assertEquals(304, notModified.status(), label);
            assertEquals("", notModified.body(), label);
            assertEquals(304, protocol.get(port, path, Map.of("If-None-Match", computed.header("ETag"))).status(),
                    label + " (cached)");
            Exchange head = protocol.send(port, "HEAD", path, Map.of(), null, false);
            assertEquals(200, head.status(), label + " HEAD");
            assertEquals(computed.header("ETag"), head.header("ETag"), label + " HEAD");
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void errorsAndRedirectsAreProblemsAndLocations(Protocol protocol) {
        for (int attempt = 0; attempt < 2; attempt++) { // the second time, nothing is cached either
            Exchange missing = protocol.get(port, "/api/v1/articles/la-coree-du-sud", Map.of());
            assertEquals(404, missing.status(), protocol + " " + missing.body());
            assertTrue(missing.header("Content-Type").startsWith("application/problem+json"), protocol.toString());
            assertTrue(missing.body().contains("\"status\":404"), missing.body());
            Exchange invalid = protocol.get(port, "/api/v1/articles?limit=1000", Map.of());
            assertEquals(400, invalid.status(), protocol + " " + invalid.body());
            assertTrue(invalid.body().contains("\"parameter\":\"limit\""), invalid.body());
            Exchange unknownRoute = protocol.get(port, "/api/v1/nothing-here", Map.of());
            assertEquals(404, unknownRoute.status(), protocol.toString());
            Exchange badToken = protocol.get(port, SEED, Map.of("Authorization", "Bearer kq_not_a_token"));
            assertEquals(401, badToken.status(), protocol + " " + badToken.body());
            assertNotNull(badToken.header("WWW-Authenticate"), protocol.toString());
        }
        Exchange moved = protocol.get(port, "/api/v1/sections/" + formerSectionSlug(), Map.of());
        assertEquals(301, moved.status(), protocol + " " + moved.body());
        assertTrue(moved.header("Location").startsWith("/api/v1/sections/"), moved.header("Location"));
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void anEditorReadsAndWritesWithATokenOnEveryProtocol(Protocol protocol) {
        String editor = Api.editor();
        Map<String, String> auth = Map.of("Authorization", "Bearer " + editor);
        Exchange created = protocol.send(port, "POST", "/api/v1/articles",
                Map.of("Authorization", "Bearer " + editor, "Content-Type", "application/json"),
                "{\"headline\":\"Brouillon sur tous les protocoles\"}".getBytes(StandardCharsets.UTF_8), false);
        assertEquals(201, created.status(), protocol + " " + created.body());
        String location = created.header("Location");
        Exchange read = protocol.get(port, location, auth);
        assertEquals(200, read.status(), protocol + " " + read.body());
        assertEquals("private, no-store", read.header("Cache-Control"), protocol.toString());
        assertEquals(404, protocol.get(port, location, Map.of()).status(), protocol + ": drafts stay private");

        Exchange patched = protocol.send(port, "PATCH", location,
                Map.of("Authorization", "Bearer " + editor, "Content-Type", "application/merge-patch+json",
                        "If-Match", read.header("ETag")),
                "{\"standfirst\":\"Chapô ajouté en HTTP/2.\"}".getBytes(StandardCharsets.UTF_8), true);
        assertEquals(200, patched.status(), protocol + " " + patched.body());
        Exchange stale = protocol.send(port, "DELETE", location,
                Map.of("Authorization", "Bearer " + editor, "If-Match", read.header("ETag")), null, false);
        assertEquals(412, stale.status(), protocol + " " + stale.body());
        Exchange deleted = protocol.send(port, "DELETE", location,
                Map.of("Authorization", "Bearer " + editor, "If-Match", patched.header("ETag")), null, false);
        assertEquals(204, deleted.status(), protocol + " " + deleted.body());
    }

    /** The former slug of a section just renamed. */
    private static String formerSectionSlug() {
        var created = Api.as(Api.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", TestContent.unique("Rubrique renommée"))).post("/api/v1/sections").then()
                .statusCode(201).extract();
        String slug = created.path("slug");
        Api.as(Api.ADMIN).contentType("application/merge-patch+json").header("If-Match", created.header("ETag"))
                .body(Map.of("slug", slug + "-nouveau")).patch("/api/v1/sections/" + slug).then().statusCode(200);
        return slug;
    }

    private double hits() {
        return registry.find("kiosque.cache.requests").tag("result", "hit").counter().count();
    }

    /** Where two long bodies part, with their headers: a whole feed in an assertion message hides the difference. */
    private static String difference(Exchange computed, Exchange cached) {
        String a = computed.body();
        String b = cached.body();
        int at = 0;
        while (at < Math.min(a.length(), b.length()) && a.charAt(at) == b.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 80);
        return "first difference at " + at + " of " + a.length() + "/" + b.length() + "\n computed: "
                + a.substring(from, Math.min(a.length(), at + 160)) + "\n cached:   "
                + b.substring(from, Math.min(b.length(), at + 160)) + "\n computed headers " + computed.headers()
                + "\n cached headers " + cached.headers();
    }
}
