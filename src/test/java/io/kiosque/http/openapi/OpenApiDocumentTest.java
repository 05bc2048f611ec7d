package io.kiosque.http.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.kiosque.support.ResponseSchemas;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What integrators rely on in the served OpenAPI document, operation by operation. Each test lists every offending
 * operation, so one run shows all that is missing.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    private JsonNode document;

    /** One operation of the document, named like {@code GET /api/v1/articles} in failure messages. */
    record Operation(String name, String path, JsonNode node) {
    }

    // Not @BeforeAll: RestAssured only knows the test port once each test starts.
    @BeforeEach
    void fetchDocument() throws Exception {
        document = new ObjectMapper().readTree(
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
    }

    @Test
    void everyOperationHasAUniqueOperationIdASummaryAndATag() {
        List<String> problems = new ArrayList<>();
        Map<String, String> operationIds = new HashMap<>();
        for (Operation operation : operations()) {
            String operationId = operation.node().path("operationId").asText("");
            if (operationId.isBlank()) {
                problems.add(operation.name() + ": no operationId");
            } else if (operationIds.putIfAbsent(operationId, operation.name()) != null) {
                problems.add(operation.name() + ": operationId " + operationId + " is also used by "
                        + operationIds.get(operationId));
            }
            if (operation.node().path("summary").asText("").isBlank()) {
                problems.add(operation.name() + ": no summary");
            }
            if (operation.node().path("tags").isEmpty()) {
                problems.add(operation.name() + ": no tag");
            }
        }
        assertEquals(List.of(), problems);
        assertFalse(operationIds.isEmpty(), "The document has no operation");
    }

    @Test
    void everyParameterIsDescribed() {
        List<String> problems = new ArrayList<>();
        for (Operation operation : operations()) {
            List<JsonNode> parameters = new ArrayList<>();
            document.path("paths").path(operation.path()).path("parameters").forEach(parameters::add);
            operation.node().path("parameters").forEach(parameters::add);
            for (JsonNode parameter : parameters) {
                JsonNode resolved = resolve(parameter);
                if (resolved.path("description").asText("").isBlank()) {
                    problems.add(operation.name() + ": parameter '" + resolved.path("name").asText()
                            + "' has no description");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyOperationDocumentsAClientErrorAsAProblemDocument() {
        List<String> problems = new ArrayList<>();
        for (Operation operation : operations()) {
            boolean documented = responses(operation).entrySet().stream()
                    .anyMatch(response -> response.getKey().startsWith("4")
                            && response.getValue().path("content").has("application/problem+json"));
            if (!documented) {
                problems.add(operation.name() + ": no 4xx response served as application/problem+json");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everySuccessfulJsonResponseHasAnExample() {
        List<String> problems = new ArrayList<>();
        for (Operation operation : operations()) {
            boolean success = false;
            for (Map.Entry<String, JsonNode> response : responses(operation).entrySet()) {
                if (!response.getKey().startsWith("2")) {
                    continue;
                }
                success = true;
                for (Map.Entry<String, JsonNode> content : response.getValue().path("content").properties()) {
                    boolean json = content.getKey().equals("application/json") || content.getKey().endsWith("+json");
                    if (json && !hasExample(content.getValue())) {
                        problems.add(
                                operation.name() + ": " + response.getKey() + " " + content.getKey()
                                        + " has no example");
                    }
                }
            }
            if (!success) {
                problems.add(operation.name() + ": no 2xx response");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void documentNamesItsLicenseAndServers() {
        assertFalse(document.path("info").path("license").path("name").asText("").isBlank(), "info.license.name");
        assertFalse(document.path("servers").isEmpty(), "servers");
        for (JsonNode server : document.path("servers")) {
            assertFalse(server.path("url").asText("").isBlank(), "servers[].url");
        }
    }

    @Test
    void everySuccessHasOneMediaTypeAndOneSchema() {
        List<String> problems = new ArrayList<>();
        for (Operation operation : operations()) {
            responses(operation).forEach((code, response) -> {
                if (code.startsWith("2") && response.path("content").size() > 1) {
                    problems.add(operation.name() + ": " + code + " has " + response.path("content").size()
                            + " media types; a generated client would type its data as a union");
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aTokenIsOptionalWhereItChangesTheAnswerAndDeclaredWhereItIsNeeded() {
        Set<String> optional = Set.of("listArticles", "getArticle", "getArticleJsonLd", "listArticleFields",
                "getArticleFields", "listChanges");
        List<String> problems = new ArrayList<>();
        for (Operation operation : operations()) {
            String id = operation.node().path("operationId").asText();
            JsonNode security = operation.node().path("security");
            boolean anonymous = false;
            boolean bearer = false;
            for (JsonNode requirement : security) {
                anonymous |= requirement.isEmpty();
                bearer |= requirement.has("bearer");
            }
            if (optional.contains(id) && !(anonymous && bearer)) {
                problems.add(
                        id + ": a token widens what it shows, so security must be [{}, {bearer: []}]: " + security);
            }
            if (!optional.contains(id) && anonymous && bearer) {
                problems.add(id + ": declares an optional token, but a token changes nothing here");
            }
            if (!security.isArray()) {
                problems.add(id + ": no security requirement");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void schemasAreLiteralForCodeGenerators() {
        List<String> problems = new ArrayList<>();
        walk(document, "", (pointer, node) -> {
            if (node.has("$ref") && node.size() > 1 && !pointer.contains("/examples/")) {
                problems.add(pointer + ": $ref with sibling keywords " + fieldNames(node));
            }
            if (node.has("enum") && !node.has("type") && !pointer.contains("/examples/")) {
                problems.add(pointer + ": enum without its type");
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void everyExampleValidatesAgainstItsSchema() throws Exception {
        String json = new ObjectMapper().writeValueAsString(document);
        ResponseSchemas schemas = new ResponseSchemas(document, json);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Operation operation : operations()) {
            List<JsonNode> contents = new ArrayList<>();
            responses(operation).values().forEach(response -> contents.add(response.path("content")));
            contents.add(operation.node().path("requestBody").path("content"));
            for (JsonNode content : contents) {
                for (Map.Entry<String, JsonNode> media : content.properties()) {
                    if (!media.getKey().contains("json") || !media.getValue().has("schema")) {
                        continue;
                    }
                    for (JsonNode example : media.getValue().path("examples")) {
                        checked++;
                        schemas.validate(media.getValue().path("schema"), resolve(example).path("value"))
                                .forEach(error -> problems.add(operation.name() + " " + media.getKey() + ": " + error));
                    }
                }
            }
            for (JsonNode parameter : operation.node().path("parameters")) {
                for (JsonNode example : parameter.path("examples")) {
                    checked++;
                    schemas.validate(parameter.path("schema"), resolve(example).path("value")).forEach(
                            error -> problems
                                    .add(operation.name() + " " + parameter.path("name").asText() + ": " + error));
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(checked > 50, "only " + checked + " examples checked");
    }

    @Test
    void swaggerUiIsServed() {
        given().redirects().follow(true).get("/q/swagger-ui").then().statusCode(200)
                .body(containsString("swagger-ui"));
    }

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : resolve(path.getValue()).properties()) {
                if (METHODS.contains(method.getKey())) {
                    operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(),
                            path.getKey(), method.getValue()));
                }
            }
        }
        return operations;
    }

    /** Responses by status code, with {@code $ref}s to shared responses resolved. */
    private Map<String, JsonNode> responses(Operation operation) {
        Map<String, JsonNode> responses = new HashMap<>();
        operation.node().path("responses").properties()
                .forEach(response -> responses.put(response.getKey(), resolve(response.getValue())));
        return responses;
    }

    /** On the media type itself: what Swagger UI and generated clients show as the sample response. */
    private static boolean hasExample(JsonNode mediaType) {
        return mediaType.has("example") || !mediaType.path("examples").isEmpty();
    }

    private static void walk(JsonNode node, String pointer, java.util.function.BiConsumer<String, JsonNode> visit) {
        if (node.isObject()) {
            visit.accept(pointer, node);
            node.properties().forEach(child -> walk(child.getValue(), pointer + "/" + child.getKey(), visit));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), pointer + "/" + i, visit);
            }
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
    }
}
