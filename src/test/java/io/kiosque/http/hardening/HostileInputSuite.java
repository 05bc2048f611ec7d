package io.kiosque.http.hardening;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.kiosque.article.ArticleStatus;
import io.kiosque.http.Problems;
import io.kiosque.support.Api;
import io.kiosque.support.ApiOperations;
import io.kiosque.support.ApiOperations.Operation;
import io.kiosque.support.NothingWritten;
import io.kiosque.support.Printable;
import io.kiosque.support.TestContent;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Hostile input against every operation of the served OpenAPI document, sent with the admin token so that only input
 * validation can refuse it: malformed and ambiguous JSON, wrong types, unknown and read-only members, NUL characters,
 * invalid UTF-8, deep nesting, oversized strings and arrays, out-of-range and injected query parameters, forged
 * cursors, malformed and unknown ids. Every answer must be a 4xx problem document, never a 5xx, from the check meant
 * for that input: a 404 of an unmatched route or a 405 never reached it, so it is a failure, not a refusal. Nothing may
 * be written, and each test sends at least a known number of requests, so that a shrunken document cannot pass it
 * vacuously.
 */
abstract class HostileInputSuite {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a problem must never contain: class names, stack frames, SQL, the database's own messages. */
    private static final Pattern LEAKS = Pattern.compile(
            "(?i)exception|\\bat (io|org|java|jdk)\\.|org\\.hibernate|java\\.lang|jakarta\\.|sqlstate|syntax "
                    + "error|psql|postgres|"
                    + "violates|duplicate key|vert\\.x|resteasy");
    private static final String UNKNOWN_ID = "7d1c1a52-93a1-4c43-9d1e-6c1f0c0b4a11";

    /** Query values that are never a valid identifier, slug, number, instant, sort, cursor or field list. */
    private static final List<String> HOSTILE_QUERY_VALUES = List.of("' OR '1'='1", "1;DROP TABLE article--",
            "\u0000", "a\u0000b", "<script>alert(1)</script>", "../../etc/passwd", "${jndi:ldap://attacker/a}",
            "-1", "1e309", "99999999999999999999", "{\"$ne\":null}", "\uD83D\uDCA5\u202E", "");

    /**
     * The fewest requests each test sends against the served document (about 90% of what it sends today): fewer means
     * operations or parameters went missing from the document, or the suite skips them.
     */
    private static final int MIN_BODY_REQUESTS = 950;
    private static final int MIN_QUERY_REQUESTS = 580;
    private static final int MIN_CURSOR_REQUESTS = 50;
    private static final int MIN_ID_REQUESTS = 450;

    /** Filters that take a slug (or an id): a well-formed slug of nothing is a valid, empty filter. */
    private static final Set<String> SLUG_FILTERS = Set.of("author", "section", "tag", "parent");

    @Inject
    NothingWritten nothingWritten;
    @Inject
    TestContent content;

    private ApiOperations api;
    private final Map<String, String> etags = new HashMap<>();

    /** Existing targets for path parameters, so that requests get past routing to the input they carry. */
    private final Map<String, String> targets = new LinkedHashMap<>();
    private List<Operation> operations;

    @BeforeEach
    void createTargets() {
        api = ApiOperations.served();
        operations = api.all();
        String section = create("/api/v1/sections", Map.of("name", TestContent.unique("Rubrique hostile")));
        String author = create("/api/v1/authors", Map.of("name", TestContent.unique("Auteur hostile")));
        String tag = create("/api/v1/tags", Map.of("name", TestContent.unique("Étiquette hostile"), "type", "person"));
        String article = Api.draft(Api.ADMIN, TestContent.unique("Article hostile"), List.of());
        targets.put("/api/v1/articles/{idOrSlug}", article);
        targets.put("/api/v1/article-fields/{idOrSlug}", article);
        targets.put("/api/v1/sections/{idOrSlug}", section);
        targets.put("/api/v1/authors/{idOrSlug}", author);
        targets.put("/api/v1/tags/{idOrSlug}", tag);
        targets.put("/api/v1/tokens/{id}", create("/api/v1/tokens", Map.of("name", TestContent.unique("jeton"),
                "role", "contributor")));
        targets.put("/api/v1/webhooks/{id}", create("/api/v1/webhooks", Map.of("url", "https://hooks.example.com/h",
                "events", List.of("article.published"), "secret", "a-secret-of-at-least-sixteen-characters")));
        targets.put("/feeds/authors/{slug}", slugOf("/api/v1/authors/" + author));
        targets.put("/feeds/sections/{slug}", slugOf("/api/v1/sections/" + section));
        targets.put("/feeds/tags/{slug}", slugOf("/api/v1/tags/" + tag));
    }

    /** The webhook target would otherwise receive the publications of the test classes that run after this one. */
    @AfterEach
    void removeWebhookTarget() {
        Api.as(Api.ADMIN).delete("/api/v1/webhooks/" + targets.get("/api/v1/webhooks/{id}")).then().statusCode(204);
    }

    @Test
    void hostileBodiesAreRefusedWithProblemsAndWriteNothing() {
        List<String> failures = new ArrayList<>();
        int requests = nothingWritten.during(() -> {
            int sent = 0;
            for (Operation operation : operations) {
                if (operation.bodyMediaType() == null) {
                    continue;
                }
                for (Map.Entry<String, Consumer<RequestSpecification>> hostile : hostileBodies(operation).entrySet()) {
                    RequestSpecification request = request(operation);
                    hostile.getValue().accept(request);
                    expectRefusal(failures, operation + " with " + hostile.getKey(),
                            request.request(operation.method(),
                                    alone(concrete(operation.path()) + required(operation, ""))),
                            null);
                    sent++;
                }
            }
            failures.forEach(System.out::println); // shown even when the write check fails first
            return sent;
        });
        System.out.printf("Hostile bodies: %d requests, %d failures%n", requests, failures.size());
        assertTrue(requests > MIN_BODY_REQUESTS, "every operation with a body got its hostile bodies: " + requests);
        assertTrue(failures.isEmpty(), String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    @Test
    void hostileQueryParametersAreRefusedWithProblemsNamingThemAndWriteNothing() {
        List<String> failures = new ArrayList<>();
        int requests = nothingWritten.during(() -> {
            int sent = 0;
            for (Operation operation : operations) {
                String path = concrete(operation.path());
                for (String name : operation.queryParameters().keySet()) {
                    for (String value : HOSTILE_QUERY_VALUES) {
                        if (name.equals("q") && !value.isEmpty() && !value.contains("\u0000")) {
                            continue; // any storable text is a search; hostileTextIsSearchedAsText covers it
                        }
                        if (SLUG_FILTERS.contains(name) && value.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                            continue; // a well-formed slug that names nothing filters everything out (200, empty)
                        }
                        Response response = request(operation).request(operation.method(),
                                path + required(operation, name) + name + "=" + encode(value));
                        expectRefusal(failures, operation + " with " + name + "=" + Printable.abbreviate(value, 40),
                                response, name);
                        sent++;
                    }
                    if (!"array".equals(operation.queryParameters().get(name).get("type"))) {
                        Response repeated = request(operation).request(operation.method(),
                                path + required(operation, name) + name + "=1&" + name + "=2");
                        expectRefusal(failures, operation + " with " + name + " twice", repeated, name);
                        sent++;
                    }
                }
                Response unknown = request(operation).request(operation.method(),
                        path + required(operation, "_method") + "_method=DELETE");
                expectRefusal(failures, operation + " with an undeclared parameter", unknown, "_method");
                sent++;
            }
            return sent;
        });
        System.out.printf("Hostile query parameters: %d requests, %d failures%n", requests, failures.size());
        assertTrue(requests > MIN_QUERY_REQUESTS, "every query parameter got its hostile values: " + requests);
        assertTrue(failures.isEmpty(), String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    @Test
    void forgedCursorsAreRefused() {
        for (int i = 0; i < 2; i++) { // so that the first page of articles has a next one
            content.article(TestContent.unique("Curseur"), ArticleStatus.PUBLISHED, Instant.now(), null, List.of(),
                    List.of());
        }
        String tagsCursor = given().get("/api/v1/tags?limit=1").then().statusCode(200).extract().path("nextCursor");
        String articlesCursor = given().get("/api/v1/articles?limit=1").then().statusCode(200).extract()
                .path("nextCursor");
        char[] tampered = articlesCursor.toCharArray();
        tampered[tampered.length / 2] = tampered[tampered.length / 2] == 'A' ? 'B' : 'A';
        List<String> forged = List.of("AAAA", "eyJpZCI6MX0", tagsCursor, new String(tampered), articlesCursor + "x",
                "%FF%FE", "null", "0");
        List<String> failures = new ArrayList<>();
        int requests = nothingWritten.during(() -> {
            int sent = 0;
            for (Operation operation : operations) {
                if (!operation.queryParameters().containsKey("cursor")) {
                    continue;
                }
                for (String cursor : forged) {
                    if (cursor.equals(tagsCursor) && operation.path().equals("/api/v1/tags")) {
                        continue; // its own cursor is valid there
                    }
                    Response response = request(operation).request(operation.method(),
                            concrete(operation.path()) + required(operation, "cursor") + "cursor=" + encode(cursor));
                    expectRefusal(failures, operation + " with cursor " + cursor, response, "cursor");
                    sent++;
                }
            }
            return sent;
        });
        System.out.printf("Forged cursors: %d requests, %d failures%n", requests, failures.size());
        assertTrue(requests > MIN_CURSOR_REQUESTS, "every paged operation got the forged cursors: " + requests);
        // A cursor is bound to the query it came from: the same endpoint with another filter refuses it.
        expectRefusal(failures, "articles cursor under another filter",
                given().get("/api/v1/articles?limit=1&section=international&cursor=" + articlesCursor), "cursor");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void malformedAndUnknownIdsAreRefusedWithProblemsAndWriteNothing() {
        List<String> hostileIds = List.of("%27%20OR%20%271%27%3D%271", "%00", "a%00b", "%C3%28", "..%2F..%2Ftokens",
                "%3Cscript%3E", "1%3BDROP%20TABLE%20article", "x".repeat(600), UNKNOWN_ID,
                "00000000-0000-0000-0000-000000000000", "-1", "99999999999999999999", "%F0%9F%92%A5");
        List<String> failures = new ArrayList<>();
        int requests = nothingWritten.during(() -> {
            int sent = 0;
            for (Operation operation : operations) {
                if (!operation.path().contains("{")) {
                    continue;
                }
                for (String id : hostileIds) {
                    // Each path parameter in turn takes the hostile value while the others stay valid.
                    for (String parameter : parameters(operation.path())) {
                        String path = concrete(operation.path().replace("{" + parameter + "}", id));
                        RequestSpecification request = request(operation).header("If-Match", "\"0\"");
                        if (operation.hasJsonBody()) {
                            request.contentType(operation.bodyMediaType()).body(json(operation.bodyExample()));
                        } else if (operation.bodyMediaType() != null) {
                            request.contentType(operation.bodyMediaType()).body("Titre\n\nTexte.");
                        }
                        expectRefusal(failures, operation + " at " + path,
                                request.request(operation.method(), alone(path + required(operation, ""))), null);
                        sent++;
                    }
                }
            }
            return sent;
        });
        System.out.printf("Hostile ids: %d requests, %d failures%n", requests, failures.size());
        assertTrue(requests > MIN_ID_REQUESTS, "every path parameter got the hostile ids: " + requests);
        assertTrue(failures.isEmpty(), String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    /**
     * SQL in a search is text to look for: with a word found nowhere, every variant finds nothing, and nothing runs.
     * (OR is the search syntax's own operator, documented, so it stays out of these strings.)
     */
    @Test
    void hostileTextIsSearchedAsTextNeverInterpreted() {
        String word = "zqxhostile" + TestContent.unique("w").replace("-", "");
        int requests = nothingWritten.during(() -> {
            int sent = 0;
            for (String injection : List.of("'; DELETE FROM article; --", "') ; select pg_sleep(5) --",
                    "\" | ! & :* <-> (", "%' AND 1=1 --", "$1 ; drop table tag", "'||(select email from author)||'",
                    "\\x00 \\' \\\"", "to_tsquery('*')")) {
                for (String query : List.of(word + " " + injection, injection + " " + word)) {
                    given().urlEncodingEnabled(false).get("/api/v1/articles?q=" + encode(query)).then().statusCode(200)
                            .body("items.size()", equalTo(0));
                    sent++;
                }
            }
            return sent;
        });
        assertEquals(16, requests, "each injection before and after the word");
    }

    @Test
    void methodOverrideHeadersAreIgnored() {
        String path = "/api/v1/articles/" + targets.get("/api/v1/articles/{idOrSlug}");
        int requests = nothingWritten.during(() -> {
            int sent = 0;
            for (String header : List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override")) {
                Api.as(Api.ADMIN).header(header, "DELETE").get(path).then().statusCode(200);
                Api.as(Api.ADMIN).header(header, "DELETE").post(path).then().statusCode(405);
                sent += 2;
            }
            return sent;
        });
        assertEquals(6, requests, "each header with a read and a write");
    }

    /** The guard itself: an address no route serves, or a method it does not allow, never counts as a refusal. */
    @Test
    void aRequestRefusedByRoutingIsAFailureNotARefusal() {
        List<String> failures = new ArrayList<>();
        expectRefusal(failures, "no such route", Api.as(Api.ADMIN).get("/api/v1/nowhere"), null);
        expectRefusal(failures, "too deep for any resource", Api.as(Api.ADMIN).get("/api/v1/sections/a/b/c"), null);
        expectRefusal(failures, "no such method", Api.as(Api.ADMIN).contentType(ContentType.JSON).body("{}")
                .patch("/api/v1/tokens"), null);
        assertEquals(3, failures.size(), String.join("\n", failures));
        failures.forEach(failure -> assertTrue(failure.contains("refused by routing"), failure));
        List<String> none = new ArrayList<>();
        expectRefusal(none, "a NUL in the path",
                Api.as(Api.ADMIN).urlEncodingEnabled(false).get("/api/v1/sections/%00"),
                null);
        expectRefusal(none, "an unknown slug", Api.as(Api.ADMIN).get("/api/v1/sections/aucune-rubrique"), null);
        assertEquals(List.of(), none, "refused by the URL check and by the lookup, as they should be");
    }

    /** Hostile bodies for one operation: the documented example made invalid in one way each. */
    private Map<String, Consumer<RequestSpecification>> hostileBodies(Operation operation) {
        Map<String, Consumer<RequestSpecification>> bodies = new LinkedHashMap<>();
        String mediaType = operation.bodyMediaType();
        if (!operation.hasJsonBody()) {
            int maxLength = ((Number) operation.bodySchema().getOrDefault("maxLength", 20000)).intValue();
            bodies.put("an empty body", r -> r.contentType(mediaType).body(""));
            bodies.put("a NUL character",
                    r -> r.contentType(mediaType + "; charset=UTF-8").body("Titre\u0000\n\nTexte"));
            bodies.put("invalid UTF-8", r -> r.contentType(mediaType + "; charset=UTF-8")
                    .body(new byte[]{'T', (byte) 0xC3, '(', '\n', '\n', 'x'}));
            bodies.put("more than its maxLength",
                    r -> r.contentType(mediaType).body("Titre\n\n" + "mot ".repeat(maxLength / 4 + 10)));
            bodies.put("a JSON body", r -> r.contentType(ContentType.JSON).body(json(operation.bodyExample())));
            return bodies;
        }
        String example = json(operation.bodyExample());
        if (operation.bodyRequired()) {
            bodies.put("an empty body", r -> r.contentType(mediaType).body(""));
        }
        for (String malformed : List.of("{", "{\"headline\":", "[]", "\"text\"", "42", "null", "{}}",
                "{\"a\":1,}", "{'a':1}", example + " garbage", example + example, "{\"a\":01}", "{\"a\":NaN}")) {
            bodies.put("malformed JSON " + Printable.abbreviate(malformed, 40),
                    r -> r.contentType(mediaType).body(malformed));
        }
        bodies.put("the example as text/plain", r -> r.contentType("text/plain").body(example));
        bodies.put("an unknown charset", r -> r.contentType(mediaType + "; charset=klingon")
                .body(example.getBytes(StandardCharsets.UTF_8)));
        bodies.put("ISO-8859-1 bytes", r -> r.contentType(mediaType + "; charset=ISO-8859-1")
                .body(withMember(example, "zz", "\"\u00e9t\u00e9\"").getBytes(StandardCharsets.ISO_8859_1)));
        bodies.put("deep nesting",
                r -> r.contentType(mediaType).body(withMember(example, "zz", "[".repeat(200) + "]".repeat(200))));
        bodies.put("an unknown member", r -> r.contentType(mediaType).body(withMember(example, "isAdmin", "true")));
        bodies.put("a read-only member",
                r -> r.contentType(mediaType).body(withMember(example, "id", "\"" + UNKNOWN_ID + "\"")));
        bodies.put("a duplicated member", r -> r.contentType(mediaType).body(duplicateFirstMember(example)));
        Map<String, Map<String, Object>> properties = properties(operation);
        properties.entrySet().stream().filter(p -> "string".equals(type(p.getValue()))).findFirst()
                .ifPresent(p -> bodies.put("invalid UTF-8 in " + p.getKey(),
                        r -> r.contentType(mediaType + "; charset=UTF-8").body(invalidUtf8(example, p.getKey()))));
        List<String> required = requiredOf(operation);
        properties.forEach((name, schema) -> {
            wrongValues(schema, example(operation, name)).forEach((what, value) -> bodies.put(name + " as " + what,
                    r -> r.contentType(mediaType).body(withMember(example, name, value))));
            if (required.contains(name)) {
                bodies.put(name + " as null", r -> r.contentType(mediaType).body(withMember(example, name, "null")));
            }
        });
        return bodies;
    }

    /** Values of the wrong type, or outside the documented bounds, for a property with this schema. */
    private static Map<String, String> wrongValues(Map<String, Object> schema, Object example) {
        Map<String, String> values = new LinkedHashMap<>();
        String type = type(schema);
        if (!"string".equals(type)) {
            values.put("a string", "\"x\"");
        }
        if (!"integer".equals(type) && !"number".equals(type)) {
            values.put("a number", "42");
        }
        if (!"boolean".equals(type)) {
            values.put("a boolean", "true");
        }
        if (!"object".equals(type) && type != null) {
            values.put("an object", "{}");
        }
        if (!"array".equals(type)) {
            values.put("an array", "[\"x\"]");
        }
        switch (type == null ? "" : type) {
            case "string" -> {
                values.put("a NUL character", "\"a\\u0000b\"");
                values.put("an unpaired surrogate", "\"a\\ud800b\"");
                String hostile = "\u202E<x>' OR 1=1--";
                if (schema.containsKey("enum") || schema.get("pattern") instanceof String pattern
                        && !Pattern.compile(pattern).matcher(hostile).find()) {
                    values.put("a value outside its enum or pattern", json(hostile));
                }
                if (schema.get("maxLength") instanceof Number max) {
                    values.put("more than maxLength", "\"" + "é".repeat(max.intValue() + 1) + "\"");
                }
                if ("uri".equals(schema.get("format"))) {
                    values.put("a javascript: URL", "\"javascript:alert(1)\"");
                }
            }
            case "integer" -> {
                values.put("a fraction", "1.5");
                values.put("a huge number", "99999999999999999999999");
            }
            case "array" -> {
                values.put("an array of objects", "[{\"zz\":1}]");
                values.put("an array of NUL strings", "[\"\\u0000\"]");
                if (schema.get("maxItems") instanceof Number max) {
                    Object item = example instanceof List<?> list && !list.isEmpty() ? list.get(0) : "x";
                    values.put("more than maxItems", json(Collections.nCopies(max.intValue() + 1, item)));
                }
            }
            case "object" -> values.put("an object with an unknown member", "{\"zz\":1}");
            default -> {
            }
        }
        return values;
    }

    /**
     * The example with one member set to a raw JSON value (added, or replacing the example's own), spliced in as text
     * so that escapes such as an unpaired surrogate reach the server exactly as written.
     */
    private static String withMember(String example, String name, String rawValue) {
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(example);
            body.put(name, "@@RAW@@");
            return JSON.writeValueAsString(body).replace("\"@@RAW@@\"", rawValue);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The example with its first member written twice: parsers disagree on which one wins, so it must be refused. */
    private static String duplicateFirstMember(String example) {
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(example);
            String first = body.fieldNames().next();
            return "{" + JSON.writeValueAsString(first) + ":" + JSON.writeValueAsString(body.get(first)) + ","
                    + example.substring(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The example, UTF-8 encoded, with bytes that are not UTF-8 in one string member. */
    private static byte[] invalidUtf8(String example, String member) {
        byte[] marked = withMember(example, member, "\"@@MARK@@\"").getBytes(StandardCharsets.UTF_8);
        String text = new String(marked, StandardCharsets.ISO_8859_1);
        return text.replace("@@MARK@@", "a\u00C3(\u00FFb").getBytes(StandardCharsets.ISO_8859_1);
    }

    private Map<String, Map<String, Object>> properties(Operation operation) {
        Map<String, Object> schema = documentedSchema(operation);
        Map<String, Map<String, Object>> properties = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> declared = (Map<String, Map<String, Object>>) schema
                .getOrDefault("properties", Map.of());
        declared.forEach((name, property) -> properties.put(name, api.resolve(property)));
        return properties;
    }

    @SuppressWarnings("unchecked")
    private List<String> requiredOf(Operation operation) {
        return (List<String>) documentedSchema(operation).getOrDefault("required", List.of());
    }

    /** A merge patch documents a plain object: its members are those of the PUT on the same path. */
    private Map<String, Object> documentedSchema(Operation operation) {
        if (operation.method().equals("PATCH")) {
            return operations.stream().filter(o -> o.method().equals("PUT") && o.path().equals(operation.path()))
                    .findFirst().orElseThrow().bodySchema();
        }
        return operation.bodySchema();
    }

    private static Object example(Operation operation, String property) {
        return operation.bodyExample() instanceof Map<?, ?> map ? map.get(property) : null;
    }

    /** The JSON type of a schema; OpenAPI 3.1 writes nullable types as ["string", "null"]. */
    private static String type(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (type instanceof List<?> types) {
            return types.stream().map(String::valueOf).filter(t -> !t.equals("null")).findFirst().orElse(null);
        }
        return (String) type;
    }

    private static List<String> parameters(String template) {
        List<String> names = new ArrayList<>();
        Matcher matcher = Pattern.compile("\\{([^}]+)}").matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** A request as the admin, with the target's current ETag so that preconditions never hide the input check. */
    private RequestSpecification request(Operation operation) {
        RequestSpecification request = Api.as(Api.ADMIN).redirects().follow(false).urlEncodingEnabled(false);
        String item = itemPath(concrete(operation.path()));
        if (!operation.method().equals("GET") && item != null) {
            request.header("If-Match", etags.computeIfAbsent(item, path -> Api.etag(Api.ADMIN, path)));
        }
        return request;
    }

    /** The article, section, author or tag a path is about, if any. */
    private static String itemPath(String path) {
        Matcher matcher = Pattern
                .compile("^(/api/v1/(?:articles|sections|authors|tags)/[^/?]+)").matcher(path);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The path with every parameter replaced by an existing target. */
    /**
     * The start of a query string with the operation's required parameters (their documented examples) but the one
     * under test, so that each request is refused for that one alone: {@code ?fields=slug%2Cheadline&}.
     */
    private static String required(Operation operation, String except) {
        StringBuilder query = new StringBuilder("?");
        operation.requiredQuery().forEach((name, value) -> {
            if (!name.equals(except)) {
                query.append(name).append('=').append(encode(value)).append('&');
            }
        });
        return query.toString();
    }

    /** A URL ending with {@link #required}'s prefix, as is: without the dangling separator. */
    private static String alone(String url) {
        return url.replaceFirst("[?&]$", "");
    }

    private String concrete(String template) {
        String path = template;
        for (Map.Entry<String, String> target : targets.entrySet()) {
            if (path.startsWith(target.getKey())) {
                path = path.replace(target.getKey(), target.getKey().replaceAll("\\{[^}]+}", target.getValue()));
            }
        }
        return path.replace("{number}", "1").replace("{month}", "2025-06");
    }

    /** A refusal: a 4xx problem document that says what was wrong without leaking how the server is built. */
    private static void expectRefusal(List<String> failures, String label, Response response, String parameter) {
        int status = response.statusCode();
        if (status < 400 || status >= 500) {
            failures.add(label + ": answered " + status + " " + Printable.abbreviate(response.asString(), 300));
            return;
        }
        String type = response.contentType();
        if (type == null || !type.startsWith("application/problem+json")) {
            failures.add(label + ": " + status + " without a problem document (" + type + ")");
            return;
        }
        Map<String, Object> problem = response.jsonPath().getMap("");
        if (status == 405 || status == 404 && Problems.NO_RESOURCE.equals(problem.get("detail"))) {
            failures.add(label + ": refused by routing (" + status + "), so it never reached the check it is for");
            return;
        }
        if (!Integer.valueOf(status).equals(problem.get("status")) || problem.get("title") == null
                || problem.get("type") == null) {
            failures.add(label + ": incomplete problem " + problem);
        }
        String text = response.asString();
        if (LEAKS.matcher(text).find()) {
            failures.add(label + ": the problem reveals internals: " + Printable.abbreviate(text, 300));
        }
        if (parameter != null && status == 400 && !text.contains("\"" + parameter + "\"")
                && !text.contains("'" + parameter + "'")) {
            failures.add(label + ": the problem does not name " + parameter + ": " + Printable.abbreviate(text, 300));
        }
    }

    private String create(String path, Map<String, Object> body) {
        return Api.as(Api.ADMIN).contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract()
                .path("id");
    }

    private static String slugOf(String path) {
        return Api.as(Api.ADMIN).get(path).then().statusCode(200).extract().path("slug");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
