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
     * One operation: its id, whether it declares itself public (an empty security requirement), its query parameters
     * (name to schema), its If-Match header (absent, optional or required), and its request body (media type, whether
     * required, schema, example).
     */
    public record Operation(String operationId, String method, String path, boolean isPublic,
            Map<String, Map<String, Object>> queryParameters, IfMatch ifMatch, String bodyMediaType,
            boolean bodyRequired, Map<String, Object> bodySchema, Object bodyExample) {

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
            IfMatch ifMatch = IfMatch.NONE;
            for (Object p : (List<Object>) operation.getOrDefault("parameters", List.of())) {
                Map<String, Object> parameter = (Map<String, Object>) p;
                if ("query".equals(parameter.get("in"))) {
                    query.put((String) parameter.get("name"),
                            resolve((Map<String, Object>) parameter.getOrDefault("schema", Map.of())));
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
                        ? examples.values().iterator().next().get("value")
                        : content.getValue().get("example");
            }
            boolean required = body != null && Boolean.TRUE.equals(body.get("required"));
            operations.add(new Operation(operationId, method.toUpperCase(Locale.ROOT), path, security.isEmpty(), query,
                    ifMatch, mediaType, required, schema, example));
        }));
        return operations;
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
