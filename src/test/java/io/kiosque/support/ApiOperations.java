package io.kiosque.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The operations of the OpenAPI document the server really serves, for suites that must cover every one of them. */
public final class ApiOperations {

    /**
     * One operation: its id, whether it declares itself public (an empty security requirement, alone or beside an
     * optional token), its query parameters (name to schema), the required ones with their documented example (as sent
     * in a URL), its If-Match header (absent, optional or required), and its request body (media type, whether
     * required, schema, example).
     */
    public record Operation(String operationId, String method, String path, boolean isPublic,
            Map<String, Map<String, Object>> queryParameters, Map<String, String> requiredQuery, IfMatch ifMatch,
            String bodyMediaType, boolean bodyRequired, Map<String, Object> bodySchema, Object bodyExample) {

        public boolean hasJsonBody() {
            return bodyMediaType != null && bodyMediaType.contains("json");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Whether an operation takes the If-Match header. */
    public enum IfMatch {
        NONE, OPTIONAL, REQUIRED
    }

    private final Map<String, Object> document;

    private ApiOperations(Map<String, Object> document) {
        this.document = document;
    }

    public static ApiOperations served() {
        return new ApiOperations(given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath()
                .getMap(""));
    }

    @SuppressWarnings("unchecked")
    public List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, item) -> item.forEach((method, o) -> {
            if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) o;
            String label = method.toUpperCase(Locale.ROOT) + " " + path;
            String operationId = (String) operation.get("operationId");
            List<Object> security = (List<Object>) operation.get("security");
            if (operationId == null || security == null) {
                throw new AssertionError(label + " must declare its operationId and its security");
            }
            Map<String, Map<String, Object>> query = new LinkedHashMap<>();
            Map<String, String> requiredQuery = new LinkedHashMap<>();
            IfMatch ifMatch = IfMatch.NONE;
            for (Object p : (List<Object>) operation.getOrDefault("parameters", List.of())) {
                Map<String, Object> parameter = (Map<String, Object>) p;
                if ("query".equals(parameter.get("in"))) {
                    query.put((String) parameter.get("name"),
                            resolve((Map<String, Object>) parameter.getOrDefault("schema", Map.of())));
                    if (Boolean.TRUE.equals(parameter.get("required"))) {
                        requiredQuery.put((String) parameter.get("name"), exampleOf(parameter));
                    }
                } else if ("header".equals(parameter.get("in")) && "If-Match".equals(parameter.get("name"))) {
                    ifMatch = Boolean.TRUE.equals(parameter.get("required")) ? IfMatch.REQUIRED : IfMatch.OPTIONAL;
                }
            }
            String mediaType = null;
            Map<String, Object> schema = null;
            Object example = null;
            Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
            if (body != null) {
                var content = ((Map<String, Map<String, Object>>) body.get("content")).entrySet().iterator().next();
                mediaType = content.getKey();
                schema = resolve((Map<String, Object>) content.getValue().getOrDefault("schema", Map.of()));
                Map<String, Map<String, Object>> examples = (Map<String, Map<String, Object>>) content.getValue()
                        .get("examples");
                example = examples != null
                        ? example(examples.values().iterator().next()).get("value")
                        : content.getValue().get("example");
            }
            boolean required = body != null && Boolean.TRUE.equals(body.get("required"));
            boolean isPublic = security.isEmpty() || security.stream().anyMatch(r -> ((Map<?, ?>) r).isEmpty());
            operations.add(new Operation(operationId, method.toUpperCase(Locale.ROOT), path, isPublic, query,
                    requiredQuery, ifMatch, mediaType, required, schema, example));
        }));
        return operations;
    }

    /** A parameter's documented example as it travels in a URL: an array is comma-separated (explode=false). */
    @SuppressWarnings("unchecked")
    private String exampleOf(Map<String, Object> parameter) {
        Object value = parameter.get("example");
        if (value == null && parameter.get("examples") instanceof Map<?, ?> examples && !examples.isEmpty()) {
            value = example((Map<String, Object>) examples.values().iterator().next()).get("value");
        }
        if (value == null) {
            throw new AssertionError(parameter.get("name") + " is required and must have an example");
        }
        return value instanceof List<?> list
                ? String.join(",", list.stream().map(String::valueOf).toList())
                : String.valueOf(value);
    }

    /** The example itself, or the component a {@code $ref} names. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> example(Map<String, Object> example) {
        Object ref = example.get("$ref");
        if (ref == null) {
            return example;
        }
        Map<String, Object> components = (Map<String, Object>) document.get("components");
        return ((Map<String, Map<String, Object>>) components.get("examples"))
                .get(((String) ref).substring("#/components/examples/".length()));
    }

    /** The schema itself, or the component a {@code $ref} names. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> resolve(Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        String name = ((String) ref).substring("#/components/schemas/".length());
        Map<String, Object> components = (Map<String, Object>) document.get("components");
        return resolve(((Map<String, Map<String, Object>>) components.get("schemas")).get(name));
    }
}
