package io.kiosque.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.kiosque.support.Api;
import io.kiosque.support.ApiOperations;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every operation of the OpenAPI document that is not declared public refuses anonymous callers, under every spelling
 * of its path and with every method that could reach it.
 */
@QuarkusTest
class DenyByDefaultTest {

    record Route(String method, String path, boolean isPublic, String mediaType) {
    }

    @Test
    void everyNonPublicOperationNeedsAToken() {
        List<Route> routes = routes();
        assertTrue(routes.size() > 20, "the document lists the API's operations");
        List<String> failures = new ArrayList<>();
        for (Route route : routes) {
            String path = concrete(route.path());
            int status = send(route, route.method(), path, null).statusCode();
            if (route.isPublic()) {
                if (status == 401 || status == 403) {
                    failures.add(route + " is public but answered " + status);
                }
                continue;
            }
            check(failures, route, route.method(), path, 401, true);
            check(failures, route, route.method(), path + "/", 401, false);
            check(failures, route, route.method(), "/" + path, 401, false);
            check(failures, route, route.method(), path.replace("/api/v1/", "/api//v1/"), 401, false);
            check(failures, route, route.method(), path.toUpperCase(Locale.ROOT), 401, false);
            if (route.method().equals("GET")) {
                check(failures, route, "HEAD", path, 401, true);
            }
            check(failures, route, "OPTIONS", path, 401, false);
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void rolesNeverReachPastTheirRights() {
        String contributor = Api.contributor();
        String editor = Api.editor();
        List<String> failures = new ArrayList<>();
        for (Route route : routes()) {
            String path = concrete(route.path());
            boolean adminOnly = path.startsWith("/api/v1/tokens") || path.startsWith("/api/v1/webhooks")
                    || path.startsWith("/api/v1/sections") && !route.method().equals("GET");
            boolean editorOnly = !route.method().equals("GET") && (path.startsWith("/api/v1/authors")
                    || path.startsWith("/api/v1/tags") || path.matches(".*/(publish|unpublish|archive)$")
                    || route.method().equals("DELETE") && path.startsWith("/api/v1/articles"));
            if (adminOnly) {
                expect(failures, route, send(route, route.method(), path, contributor).statusCode(), 403);
                expect(failures, route, send(route, route.method(), path, editor).statusCode(), 403);
            } else if (editorOnly) {
                expect(failures, route, send(route, route.method(), path, contributor).statusCode(), 403);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static void expect(List<String> failures, Route route, int status, int expected) {
        if (status != expected) {
            failures.add(route + " answered " + status + " instead of " + expected);
        }
    }

    /** The exact path must give {@code expected}; a variant may also not route at all (404/405), never succeed. */
    private static void check(List<String> failures, Route route, String method, String path, int expected,
            boolean exact) {
        Response response = send(route, method, path, null);
        int status = response.statusCode();
        boolean ok = status == expected || !exact && (status == 404 || status == 405);
        if (!ok) {
            failures.add(method + " " + path + " (" + route + ") answered " + status);
        }
        if (status >= 400 && !method.equals("HEAD")) {
            String type = response.contentType();
            if (type == null || !type.startsWith("application/problem+json")) {
                failures.add(method + " " + path + " answered " + status + " without a problem document");
            }
        }
    }

    /** A request as documented: the operation's own body media type, so only authentication can refuse it. */
    private static Response send(Route route, String method, String path, String token) {
        var request = given().redirects().follow(false).urlEncodingEnabled(false);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (List.of("POST", "PUT", "PATCH").contains(method)) {
            String mediaType = route.mediaType() != null ? route.mediaType() : "application/json";
            request.contentType(mediaType).body(mediaType.equals("text/plain") ? "x" : "{}");
        }
        return request.request(method, path);
    }

    private static String concrete(String template) {
        return template
                .replaceAll("\\{idOrSlug}",
                        "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien")
                .replaceAll("\\{number}", "1").replaceAll("\\{[^}]+}", "00000000-0000-4000-8000-000000000000");
    }

    static List<Route> routes() {
        List<Route> routes = ApiOperations.served().all().stream()
                .map(o -> new Route(o.method(), o.path(), o.isPublic(), o.bodyMediaType())).toList();
        assertEquals(routes.size(), routes.stream().distinct().count());
        return routes;
    }
}
