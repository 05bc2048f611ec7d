package io.kiosque.http.hardening;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.kiosque.support.Api;
import io.kiosque.support.ContractCheck;
import io.kiosque.support.Printable;
import io.kiosque.support.ResponseSchemas;
import io.kiosque.support.Seed;
import io.kiosque.support.TestContent;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;

/**
 * Property-based fuzzing driven by the OpenAPI document the server really serves. For every operation, jqwik generates
 * requests from the document: path and query parameters (valid values, boundaries, wrong types, values outside enums
 * and ranges, hostile strings), If-Match and Accept headers, and request bodies from the request body schema (valid,
 * then broken in one place: a required field missing, a wrong type, an unknown field, a huge, empty, NUL, emoji or
 * unpaired-surrogate string, a null), each sent anonymously or with a contributor, editor, admin or invalid token.
 *
 * <p>
 * Every response must be below 500 and exactly as documented: a status the operation documents, the media type the
 * document declares for it (problems are {@code application/problem+json}), and a body that validates against the
 * documented schema. All failures are collected and listed together.
 *
 * <p>
 * jqwik's engine cannot run a Quarkus test, so its generators are drawn here from a plain JUnit test, deterministically
 * from a seed: {@code -Dkiosque.fuzz.seed=} replays another run, {@code -Dkiosque.fuzz.tries=} sets the number of
 * requests per operation. Writes go only to resources this test creates (or to ids that do not exist): the reference
 * article and the shared demo content are only read.
 */
abstract class OpenApiFuzzSuite {

    private static final long DEFAULT_SEED = 7_2025_11_25L;
    private static final int DEFAULT_TRIES = 24;
    private static final int GEN_SIZE = 100;
    private static final int MAX_LISTED = 30;
    private static final Path REPORT = Path.of("target", "openapi-fuzz", "failures.txt");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String CURRENT_ETAG = "<current ETag>";
    /** The only URL a webhook this test registers may have: nothing listens there. */
    private static final String LOOPBACK_TARGET = "http://127.0.0.1:9/kiosque-fuzz";
    private static final Set<String> REFUSED_URLS = Set.of("", " ", "not a url", "ftp://127.0.0.1/x",
            "javascript:alert(1)", "http://", "/relative/path", "http//127.0.0.1");

    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    /** Per collection path: the ids and slugs of resources this test created, safe to change or delete. */
    private final Map<String, List<String>> own = new HashMap<>();
    /** Per collection path: shared demo content, only ever read. */
    private final Map<String, List<String>> shared = Map.of("/api/v1/articles", List.of(Seed.SLUG),
            "/api/v1/sections", List.of("international"), "/api/v1/authors", List.of("marline-contrasty"),
            "/api/v1/tags", List.of("coree-du-nord", "kcna"), "/feeds/sections", List.of("international"),
            "/feeds/authors", List.of("marline-contrasty"), "/feeds/tags", List.of("coree-du-nord"));
    private final List<String> webhooksCreated = new ArrayList<>();
    private int requestCount;
    private final Map<Integer, Integer> statuses = new TreeMap<>();

    record Operation(String method, String path, JsonNode node) {
        String name() {
            return method.toUpperCase() + " " + path;
        }

        boolean writes() {
            return !"get".equals(method);
        }
    }

    /** One generated request; {@code body} is null when none is sent. */
    record FuzzRequest(String role, Map<String, String> pathValues, List<Map.Entry<String, String>> query,
            String ifMatch, String accept, String contentType, String body) {

        String describe(Operation operation) {
            StringBuilder text = new StringBuilder(operation.method().toUpperCase()).append(' ')
                    .append(expand(operation.path(), pathValues));
            if (!query.isEmpty()) {
                text.append(" ?").append(query);
            }
            text.append(" as ").append(role);
            if (ifMatch != null) {
                text.append(", If-Match ").append(Printable.abbreviate(ifMatch, 60));
            }
            if (accept != null) {
                text.append(", Accept ").append(accept);
            }
            if (body != null) {
                text.append(", ").append(contentType).append(' ').append(Printable.abbreviate(body, 200));
            }
            return text.toString();
        }
    }

    record Failure(String operation, String request, int status, List<String> messages) {
    }

    @Test
    void everyResponseIsBelow500AndAsDocumented() throws Exception {
        long seed = Long.getLong("kiosque.fuzz.seed", DEFAULT_SEED);
        int tries = Integer.getInteger("kiosque.fuzz.tries", DEFAULT_TRIES);
        System.out.printf("%s: seed %d, %d requests per operation "
                + "(replay with -Dkiosque.fuzz.seed=%d, change with -Dkiosque.fuzz.tries=N)%n",
                getClass().getSimpleName(), seed, tries, seed);

        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        JsonNode document = mapper.readTree(json);
        Files.createDirectories(REPORT.getParent());
        Files.deleteIfExists(REPORT);
        Files.writeString(REPORT.resolveSibling("openapi.json"), json);
        assertTrue(document.path("openapi").asText().startsWith("3.1"),
                "The fuzzer reads schemas as JSON Schema 2020-12 (OpenAPI 3.1); the document declares "
                        + document.path("openapi"));
        SchemaValues values = new SchemaValues(document);
        ResponseSchemas responses = new ResponseSchemas(document, json);
        createTargets();

        List<Operation> operations = operations(document);
        List<Failure> failures = new ArrayList<>();
        JqwikSession.start();
        try {
            for (Operation operation : operations) {
                RandomGenerator<FuzzRequest> generator = requests(operation, values).generator(GEN_SIZE, true);
                Random random = new Random(seed * 31 + operation.name().hashCode());
                for (int i = 0; i < tries; i++) {
                    FuzzRequest request = generator.next(random).value();
                    Failure failure = send(operation, request, responses);
                    if (failure != null) {
                        failures.add(failure);
                    }
                }
            }
        } finally {
            JqwikSession.finish();
            deleteWebhooks();
        }
        System.out.printf("%s: %d operations, %d requests, %d failures (seed %d); statuses %s%n",
                getClass().getSimpleName(), operations.size(), requestCount, failures.size(), seed, statuses);
        if (!failures.isEmpty()) {
            Files.writeString(REPORT, report(failures, seed, Integer.MAX_VALUE));
            fail(report(failures, seed, MAX_LISTED) + "\nEvery failure: " + REPORT.toAbsolutePath());
        }
    }

    // --- Requests ---------------------------------------------------------------------------------------------

    private Arbitrary<FuzzRequest> requests(Operation operation, SchemaValues values) {
        JsonNode node = operation.node();
        List<JsonNode> parameters = new ArrayList<>();
        node.path("parameters").forEach(parameters::add);

        Arbitrary<String> role = Arbitraries.frequency(Tuple.of(1, "anonymous"), Tuple.of(2, "contributor"),
                Tuple.of(2, "editor"), Tuple.of(4, "admin"), Tuple.of(1, "invalid"));

        List<String> pathNames = new ArrayList<>();
        List<Arbitrary<String>> pathValues = new ArrayList<>();
        List<Arbitrary<List<Map.Entry<String, String>>>> queryValues = new ArrayList<>();
        boolean ifMatch = false;
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            switch (parameter.path("in").asText()) {
                case "path" -> {
                    pathNames.add(name);
                    pathValues.add(pathValue(operation, name));
                }
                case "query" -> queryValues.add(queryValue(parameter, values));
                case "header" -> ifMatch |= "If-Match".equalsIgnoreCase(name);
                default -> {
                }
            }
        }
        // Now and then a parameter the operation does not know.
        queryValues.add(Arbitraries.frequency(Tuple.of(9, List.<Map.Entry<String, String>>of()),
                Tuple.of(1, List.of(Map.entry("fuzz", "1")))));

        Arbitrary<Map<String, String>> path = pathValues.isEmpty()
                ? Arbitraries.just(Map.of())
                : Combinators.combine(pathValues).as(list -> {
                    Map<String, String> map = new LinkedHashMap<>();
                    for (int i = 0; i < pathNames.size(); i++) {
                        map.put(pathNames.get(i), list.get(i));
                    }
                    return map;
                });
        Arbitrary<List<Map.Entry<String, String>>> query = Combinators.combine(queryValues).as(lists -> {
            List<Map.Entry<String, String>> all = new ArrayList<>();
            lists.forEach(all::addAll);
            return all;
        });
        Arbitrary<String> ifMatchValue = !ifMatch
                ? Arbitraries.just(null)
                : Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(CURRENT_ETAG)),
                        Tuple.of(2, Arbitraries.just(null)),
                        Tuple.of(2, Arbitraries.of("\"0\"", "*", "W/\"1\"", "garbage", "\"\"", "\"1\", \"2\"")),
                        Tuple.of(1, SchemaValues.hostileStrings(100)));
        Arbitrary<String> accept = accept(node);
        Arbitrary<String[]> body = body(operation, values);
        return Combinators.combine(role, path, query, ifMatchValue, accept, body)
                .as((r, p, q, m, a, b) -> new FuzzRequest(r, p, q, m, a, b[0], b[1]));
    }

    /** Path values: our own targets, content that does not exist, hostile strings; shared content for reads only. */
    private Arbitrary<String> pathValue(Operation operation, String name) {
        String collection = operation.path().substring(0, operation.path().indexOf("/{"));
        Arbitrary<String> unknown = Arbitraries.longs().tuple2().map(t -> new UUID(t.get1(), t.get2()).toString());
        Arbitrary<String> hostile = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of("no-such-thing", "%2e%2e", "a/b", "a;b", "a?b=c", "#frag", "~", "-",
                        "..a",
                        "UPPER-Case", "0", "null", "00000000-0000-0000-0000-000000000000")),
                Tuple.of(2, SchemaValues.hostileStrings(200).filter(s -> !s.isEmpty())));
        List<String> targets = new ArrayList<>(own.getOrDefault(collection, List.of()));
        if (!operation.writes()) {
            targets.addAll(shared.getOrDefault(collection, List.of()));
        }
        Arbitrary<String> known = switch (name) {
            case "number" ->
                Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.integers().between(1, 4).map(String::valueOf)),
                        Tuple.of(2, Arbitraries.of("0", "-1", "2147483647", "2147483648", "99999999999999999999", "1.5",
                                "abc", "01", "+1", "1e2", "٣")));
            case "month" -> Arbitraries.of(YearMonth.now(ZoneOffset.UTC).toString(), "2025-06", "2025-13", "0000-00",
                    "abc", "99999-01", "2025-6", "-2025-01", "2025-06-01", "1970-01");
            default -> targets.isEmpty() ? unknown : Arbitraries.of(targets);
        };
        return Arbitraries.frequencyOf(Tuple.of(6, known), Tuple.of(2, unknown), Tuple.of(2, hostile));
    }

    /** Query values: absent, valid, at and beyond the boundaries, of the wrong type, outside the enum, repeated. */
    private Arbitrary<List<Map.Entry<String, String>>> queryValue(JsonNode parameter, SchemaValues values) {
        String name = parameter.path("name").asText();
        JsonNode schema = values.resolve(parameter.path("schema"));
        boolean array = "array".equals(schema.path("type").asText());
        JsonNode itemSchema = array ? values.resolve(schema.path("items")) : schema;
        List<String> validValues = new ArrayList<>();
        itemSchema.path("enum").forEach(v -> validValues.add(v.asText()));
        if (parameter.has("example")) {
            validValues.add(parameter.get("example").asText());
        }
        validValues.addAll(switch (name) {
            case "language" -> List.of("fr", "en", "de-CH");
            case "from", "to" -> List.of("2025-01-01T00:00:00Z", "2025-06-19", "2030-01-01T00:00:00+02:00");
            case "fields" -> List.of("id,slug,headline", "headline", "id");
            case "q" -> List.of("Corée", "Kim Jong-un", "alliance stratégique");
            case "author" -> List.of("marline-contrasty");
            case "section", "parent" -> List.of("international");
            case "tag" -> List.of("coree-du-nord", "kcna");
            case "isoCode" -> List.of("KP", "FR");
            case "wikidataId" -> List.of("Q423");
            case "against", "number" -> List.of("1", "2");
            default -> List.of();
        });
        Arbitrary<String> valid;
        Arbitrary<String> boundary;
        if ("integer".equals(itemSchema.path("type").asText())) {
            long min = itemSchema.path("minimum").asLong(0);
            long max = itemSchema.path("maximum").asLong(1000);
            valid = Arbitraries.longs().between(min, max).map(String::valueOf);
            boundary = Arbitraries.of(String.valueOf(min), String.valueOf(max), String.valueOf(min - 1),
                    String.valueOf(max + 1), "0", "-1", "2147483648", "-9223372036854775809", "1e2", "1.0", "0x10",
                    " 5", "");
        } else {
            valid = validValues.isEmpty()
                    ? Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)
                    : Arbitraries.of(validValues);
            boundary = validValues.isEmpty()
                    ? Arbitraries.of("", " ")
                    : Arbitraries.of(validValues).map(v -> v.toUpperCase() + "x");
        }
        Arbitrary<String> wrong = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of("abc", "1.5", "true", "[]", "{}", "null", "bogus", "-", ",", ",,,")),
                Tuple.of(2, SchemaValues.hostileStrings(300)));
        Arbitrary<List<Map.Entry<String, String>>> one = Arbitraries
                .frequencyOf(Tuple.of(4, valid), Tuple.of(2, boundary), Tuple.of(2, wrong))
                .map(v -> List.of(Map.entry(name, v)));
        Arbitrary<List<Map.Entry<String, String>>> repeated = Combinators.combine(valid, valid)
                .as((a, b) -> List.of(Map.entry(name, a), Map.entry(name, b)));
        return Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(List.of())), Tuple.of(4, one),
                Tuple.of(1, repeated));
    }

    /** Accept: absent mostly, else one of the media types the operation documents for a success. */
    private static Arbitrary<String> accept(JsonNode operation) {
        List<String> documented = new ArrayList<>();
        operation.path("responses").fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("2")) {
                response.getValue().path("content").fieldNames().forEachRemaining(type -> {
                    if (!documented.contains(type)) {
                        documented.add(type);
                    }
                });
            }
        });
        if (documented.size() < 2) {
            return Arbitraries.just(null);
        }
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(null)), Tuple.of(2, Arbitraries.of(documented)));
    }

    /** {content type, body}, or {null, null} for an operation without a request body. */
    private Arbitrary<String[]> body(Operation operation, SchemaValues values) {
        JsonNode content = operation.node().path("requestBody").path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return Arbitraries.just(new String[]{null, null});
        }
        String mediaType = content.fieldNames().next();
        JsonNode schema = content.path(mediaType).path("schema");
        Arbitrary<String> text;
        if (mediaType.endsWith("json")) {
            Arbitrary<JsonNode> valid = values.valid(schema);
            Arbitrary<JsonNode> mutated = valid.flatMap(value -> values.mutated(schema, value));
            boolean webhook = operation.path().startsWith("/api/v1/webhooks");
            Arbitrary<String> json = Arbitraries.frequencyOf(Tuple.of(5, valid), Tuple.of(6, mutated))
                    .map(value -> SchemaValues.toJson(webhook ? withSafeUrl(value) : value));
            text = Arbitraries.frequencyOf(Tuple.of(10, json), Tuple.of(2, malformedJson()));
        } else {
            int maxLength = values.resolve(schema).path("maxLength").asInt(10_000);
            text = Arbitraries.frequencyOf(Tuple.of(4, values.valid(schema).map(JsonNode::asText)),
                    Tuple.of(1, Arbitraries.just("Titre\nChapô\n\nPremier paragraphe.\nDeuxième paragraphe.")),
                    Tuple.of(3, SchemaValues.hostileStrings(maxLength)));
        }
        Arbitrary<String> contentType = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just(mediaType)),
                Tuple.of(1, Arbitraries.of("text/plain", "application/xml", "application/json",
                        "application/octet-stream", "application/json; charset=latin1", "")));
        Arbitrary<String[]> present = Combinators.combine(contentType, text).as((type, body) -> new String[]{type,
                body});
        return Arbitraries.frequencyOf(Tuple.of(12, present), Tuple.of(1, Arbitraries.just(new String[]{null, null})));
    }

    /** Bodies that are not the JSON a parser expects: truncated, trailing garbage, too deep, too large. */
    private static Arbitrary<String> malformedJson() {
        return Arbitraries.of("", "null", "[]", "{", "}", "{\"headline\":", "\"text\"", "42", "true", "{}",
                "{\"a\":1,\"a\":2}", "{'single':'quotes'}", "{\"headline\":\"x\"}garbage", "\uFEFF{}",
                "[".repeat(500) + "]".repeat(500), "{\"a\":".repeat(300) + "1" + "}".repeat(300),
                "{\"name\":\"" + "x".repeat(1_100_000) + "\"}", "{\"headline\":\"" + "y".repeat(2_200_000) + "\"}",
                "{\"headline\":\"\\ud800\"}", "{\"name\":\"\\u0000\"}", "{\"headline\":NaN}", "{\"headline\":1e999}");
    }

    /** A webhook this test registers never targets anything but a closed loopback port. */
    private static JsonNode withSafeUrl(JsonNode value) {
        if (value instanceof ObjectNode object && object.path("url").isTextual()
                && !REFUSED_URLS.contains(object.get("url").asText())) {
            ObjectNode copy = object.deepCopy();
            copy.put("url", LOOPBACK_TARGET);
            return copy;
        }
        return value;
    }

    // --- Sending and checking ---------------------------------------------------------------------------------

    private Failure send(Operation operation, FuzzRequest request, ResponseSchemas responses) {
        RequestSpecification spec = spec(tokens.get(request.role()));
        request.pathValues().forEach((name, value) -> spec.pathParam(name, unsurrogate(value)));
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : request.query()) {
            query.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(unsurrogate(entry.getValue()));
        }
        query.forEach(spec::queryParam);
        if (request.ifMatch() != null) {
            String ifMatch = request.ifMatch();
            if (CURRENT_ETAG.equals(ifMatch)) {
                ifMatch = currentETag(operation, request.pathValues());
            }
            if (ifMatch != null) {
                spec.header("If-Match", unsurrogate(ifMatch).replaceAll("[\\r\\n\\u0000]", ""));
            }
        }
        if (request.accept() != null) {
            spec.accept(request.accept());
        }
        if (request.body() != null) {
            if (!request.contentType().isEmpty()) {
                spec.contentType(request.contentType());
            }
            spec.body(request.body().getBytes(StandardCharsets.UTF_8));
        }
        Response response;
        try {
            requestCount++;
            response = spec.request(operation.method().toUpperCase(), operation.path());
        } catch (RuntimeException e) {
            return new Failure(operation.name(), request.describe(operation), 0,
                    List.of("the request failed: " + e));
        }
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        String body = response.asString();
        List<String> messages = new ArrayList<>();
        if (status >= 500) {
            messages.add("server error " + status + ": " + Printable.abbreviate(body, 300));
        }
        messages.addAll(responses.check(operation.node(), status, response.contentType(), body,
                ContractCheck.headersOf(response)));
        if (status == 201 && operation.path().equals("/api/v1/webhooks")) {
            webhooksCreated.add(response.jsonPath().getString("id"));
        }
        return messages.isEmpty() ? null : new Failure(operation.name(), request.describe(operation), status, messages);
    }

    /** The resource's ETag as the admin reads it now, so that a write can pass its precondition. */
    private String currentETag(Operation operation, Map<String, String> pathValues) {
        String path = operation.path();
        int end = path.indexOf('}') + 1;
        Map<String, String> first = new HashMap<>();
        String name = path.substring(path.indexOf('{') + 1, end - 1);
        first.put(name, pathValues.get(name));
        requestCount++;
        Response response = spec(Api.ADMIN).pathParams(first).get(path.substring(0, end));
        return response.statusCode() == 200 ? response.header("ETag") : null;
    }

    private static RequestSpecification spec(String token) {
        RequestSpecification spec = given().config(RestAssured.config()
                .redirect(RedirectConfig.redirectConfig().followRedirects(false))
                .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8)
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)));
        if (token != null) {
            spec.header("Authorization", "Bearer " + token);
        }
        return spec;
    }

    /** Outside a JSON body an unpaired surrogate cannot be escaped: it is sent as UTF-8 encoding makes it. */
    private static String unsurrogate(String value) {
        return value.replace(SchemaValues.LONE_SURROGATE, "\uD800");
    }

    // --- The document -----------------------------------------------------------------------------------------

    /** The document's operations, in its order, deletions last so that the targets stay available longest. */
    private static List<Operation> operations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(entry -> {
                if (METHODS.contains(entry.getKey())) {
                    operations.add(new Operation(entry.getKey(), path.getKey(), entry.getValue()));
                }
            });
        }
        operations.sort(Comparator.comparing(operation -> "delete".equals(operation.method())));
        assertTrue(operations.size() > 10, "The document lists only " + operations.size() + " operations");
        return operations;
    }

    // --- Targets ----------------------------------------------------------------------------------------------

    /** Tokens of each role, and resources of each kind that this test owns and may change or delete. */
    private void createTargets() {
        tokens.put("anonymous", null);
        tokens.put("contributor", Api.token("contributor", null));
        tokens.put("editor", Api.token("editor", null));
        tokens.put("admin", Api.ADMIN);
        tokens.put("invalid", "kq_fuzz-not-a-token-0000000000000000000000");
        requestCount += 2;

        List<String> articles = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String id = Api.draft(tokens.get("editor"), TestContent.unique("Fuzz article"), List.of());
            articles.add(id);
            articles.add(Api.as(Api.ADMIN).get("/api/v1/articles/" + id).then().statusCode(200).extract()
                    .path("slug"));
            requestCount += 2;
        }
        own.put("/api/v1/articles", articles);
        own.put("/api/v1/sections", create("/api/v1/sections", Map.of("name", TestContent.unique("Fuzz section"))));
        own.put("/api/v1/authors", create("/api/v1/authors", Map.of("name", TestContent.unique("Fuzz author"))));
        own.put("/api/v1/tags",
                create("/api/v1/tags", Map.of("name", TestContent.unique("Fuzz tag"), "type", "organisation")));
        List<String> webhook = create("/api/v1/webhooks", Map.of("url", LOOPBACK_TARGET, "events",
                List.of("article.published"), "secret", "fuzz-secret-0123456789"));
        webhooksCreated.add(webhook.get(0));
        own.put("/api/v1/webhooks", List.of(webhook.get(0)));
        List<String> victims = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            victims.add(create("/api/v1/tokens", Map.of("name", TestContent.unique("fuzz victim"), "role",
                    "contributor")).get(0));
        }
        own.put("/api/v1/tokens", victims);
        own.put("/feeds/sections", List.of(own.get("/api/v1/sections").get(1)));
        own.put("/feeds/authors", List.of(own.get("/api/v1/authors").get(1)));
        own.put("/feeds/tags", List.of(own.get("/api/v1/tags").get(1)));
    }

    /** Creates a resource as the admin; its id, then its slug when it has one. */
    private List<String> create(String collection, Map<String, Object> body) {
        requestCount++;
        Response response = Api.as(Api.ADMIN).contentType(ContentType.JSON).body(body).post(collection);
        response.then().statusCode(201);
        List<String> keys = new ArrayList<>();
        keys.add(response.jsonPath().getString("id"));
        String slug = response.jsonPath().getString("slug");
        if (slug != null) {
            keys.add(slug);
        }
        return keys;
    }

    private void deleteWebhooks() {
        for (String id : webhooksCreated) {
            if (id != null) {
                Api.as(Api.ADMIN).delete("/api/v1/webhooks/" + id);
            }
        }
    }

    // --- Report -----------------------------------------------------------------------------------------------

    private String report(List<Failure> failures, long seed, int maxListed) {
        Map<String, List<Failure>> groups = new LinkedHashMap<>();
        for (Failure failure : failures) {
            String key = failure.operation() + " -> " + failure.status() + ": "
                    + Printable.abbreviate(failure.messages().get(0), 160);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(failure);
        }
        StringBuilder text = new StringBuilder().append(failures.size()).append(" responses out of ")
                .append(requestCount).append(" are not as documented (").append(groups.size())
                .append(" distinct; seed ").append(seed).append(", replay with -Dkiosque.fuzz.seed=").append(seed)
                .append("):\n");
        int listed = 0;
        for (Map.Entry<String, List<Failure>> group : groups.entrySet()) {
            if (listed++ == maxListed) {
                text.append("... and ").append(groups.size() - maxListed).append(" more\n");
                break;
            }
            Failure first = group.getValue().get(0);
            text.append("\n").append(listed).append(". ").append(first.operation()).append(" -> ")
                    .append(first.status()).append(" (x").append(group.getValue().size()).append(")\n   request: ")
                    .append(first.request()).append('\n');
            first.messages().stream().limit(5)
                    .forEach(message -> text.append("   - ").append(Printable.abbreviate(message, 400)).append('\n'));
        }
        return text.toString();
    }

    private static String expand(String path, Map<String, String> values) {
        String expanded = path;
        for (Map.Entry<String, String> entry : values.entrySet()) {
            expanded = expanded.replace("{" + entry.getKey() + "}", Printable.abbreviate(entry.getValue(), 60));
        }
        return expanded;
    }
}
