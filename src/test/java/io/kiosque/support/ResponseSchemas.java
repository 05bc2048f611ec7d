package io.kiosque.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;

/**
 * Checks a response against what the served OpenAPI 3.1 document says of its operation: a documented status (the
 * operation's own, or one of the problem responses the document defines for every operation), the documented media type
 * for that status, a body that validates against the documented schema (JSON Schema 2020-12, with the OpenAPI 3.1
 * dialect; {@code #/components/...} references resolve against the document itself), and the headers: every header
 * documented as required is there, and every header a client acts on that is there is documented.
 */
public final class ResponseSchemas {

    /** Where the document is registered: never fetched, only a name that references resolve against. */
    private static final String DOCUMENT_URI = "https://kiosque.test/openapi.json";

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new HashMap<>();
    private final ObjectMapper mapper = new ObjectMapper();

    public ResponseSchemas(JsonNode document, String json) {
        this.document = document;
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH).build();
        this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(DOCUMENT_URI, json)).schemaRegistryConfig(config));
    }

    /** Headers a client acts on: if a response sends one, the document must say so. */
    private static final List<String> SIGNIFICANT_HEADERS = List.of("ETag", "Last-Modified", "Cache-Control",
            "Surrogate-Key", "Link", "Location", "Retry-After", "WWW-Authenticate", "X-Request-Id");

    /**
     * What is wrong with this response to this operation; empty when it is as documented. {@code headers} maps each
     * header name, in any case, to its value; {@code body} is null for the answer to a HEAD.
     */
    public List<String> check(JsonNode operation, int status, String contentType, String body,
            Map<String, String> headers) {
        List<String> problems = new ArrayList<>();
        JsonNode response = operation.path("responses").path(String.valueOf(status));
        if (response.isMissingNode()) {
            response = operation.path("responses").path("default");
        }
        if (response.isMissingNode()) {
            problems.add("status " + status + " is not documented for this operation (documented: "
                    + fieldNames(operation.path("responses")) + ")");
            return problems;
        }
        if (response.has("$ref")) {
            response = document.at(response.get("$ref").asText().substring(1));
        }
        problems.addAll(checkHeaders(response.path("headers"), headers));
        JsonNode content = response.path("content");
        if (body == null) {
            return problems; // a HEAD: the status and headers of the GET, never a body
        }
        if (body.isEmpty()) {
            if (!content.isMissingNode() && !content.isEmpty() && status != 204 && status != 304) {
                problems.add("empty body, but the document declares " + fieldNames(content));
            }
            return problems;
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (content.isMissingNode() || content.isEmpty()) {
            problems.add("a " + mediaType + " body, but the document declares no content for " + status);
            return problems;
        }
        JsonNode media = content.path(mediaType);
        if (media.isMissingNode()) {
            problems.add("content type " + mediaType + " is not documented for " + status + " (documented: "
                    + fieldNames(content) + ")");
            return problems;
        }
        JsonNode schemaNode = media.path("schema");
        if (schemaNode.isMissingNode()) {
            problems.add(mediaType + " for " + status + " is documented without a schema");
            return problems;
        }
        if (!mediaType.endsWith("json")) {
            if (mediaType.endsWith("xml") && !body.startsWith("<?xml")) {
                problems.add("an " + mediaType + " body that is not an XML document");
            }
            return problems;
        }
        JsonNode instance;
        try {
            instance = mapper.readTree(body);
        } catch (Exception e) {
            problems.add("a " + mediaType + " body that is not JSON: " + e.getMessage());
            return problems;
        }
        for (Error error : schema(schemaNode).validate(instance)) {
            problems.add("schema: " + error);
        }
        return problems;
    }

    /** What is wrong with a JSON value against a schema of the document (an example, say); empty when it is valid. */
    public List<String> validate(JsonNode schemaNode, JsonNode instance) {
        return schema(schemaNode).validate(instance).stream().map(Error::toString).toList();
    }

    private List<String> checkHeaders(JsonNode documented, Map<String, String> headers) {
        Map<String, String> received = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        received.putAll(headers);
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = documented.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> header = it.next();
            names.add(header.getKey());
            JsonNode definition = header.getValue().has("$ref")
                    ? document.at(header.getValue().get("$ref").asText().substring(1))
                    : header.getValue();
            if (definition.path("required").asBoolean(false) && !received.containsKey(header.getKey())) {
                problems.add("header " + header.getKey() + " is documented as always sent, but is missing");
            }
        }
        for (String significant : SIGNIFICANT_HEADERS) {
            if (received.containsKey(significant) && !names.contains(significant)) {
                problems.add("header " + significant + " is sent but not documented for this status");
            }
        }
        return problems;
    }

    /**
     * The schema of a media type: references to the document ({@code #/...}) are made absolute, so that an inline
     * schema resolves them against the document too.
     */
    private Schema schema(JsonNode schemaNode) {
        String key = schemaNode.toString();
        return schemas.computeIfAbsent(key, k -> {
            JsonNode absolute = absoluteRefs(schemaNode.deepCopy());
            return registry.getSchema(SchemaLocation.of("https://kiosque.test/inline/" + schemas.size()), absolute);
        });
    }

    private static JsonNode absoluteRefs(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/")) {
                object.put("$ref", DOCUMENT_URI + ref.asText());
            }
            for (Iterator<JsonNode> it = object.elements(); it.hasNext();) {
                absoluteRefs(it.next());
            }
        } else if (node.isArray()) {
            node.forEach(ResponseSchemas::absoluteRefs);
        }
        return node;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
