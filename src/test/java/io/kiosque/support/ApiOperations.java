package io.kiosque.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The operations of the OpenAPI document the server really serves, for suites that must cover every one of them. */
public final class ApiOperations {

    /** One operation: its query parameters (name to schema), its request body (media type, schema, example). */
    public record Operation(String method, String path, Map<String, Map<String, Object>> queryParameters,
            String bodyMediaType, boolean bodyRequired, Map<String, Object> bodySchema, Object bodyExample) {

        public boolean hasJsonBody() {
            return bodyMediaType != null && bodyMediaType.contains("json");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
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
            Map<String, Map<String, Object>> query = new LinkedHashMap<>();
            for (Object p : (List<Object>) operation.getOrDefault("parameters", List.of())) {
                Map<String, Object> parameter = (Map<String, Object>) p;
                if ("query".equals(parameter.get("in"))) {
                    query.put((String) parameter.get("name"),
                            resolve((Map<String, Object>) parameter.getOrDefault("schema", Map.of())));
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
            operations.add(
                    new Operation(method.toUpperCase(Locale.ROOT), path, query, mediaType, required, schema, example));
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
