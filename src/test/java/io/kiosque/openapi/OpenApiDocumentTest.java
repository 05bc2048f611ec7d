package io.kiosque.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

    private JsonNode resolve(JsonNode node) {
        String ref = node.path("$ref").asText("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
    }
}
