package io.kiosque.http.hardening;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of JSON values from the schemas of an OpenAPI 3.1 document: values that follow the schema (enums,
 * ranges, lengths, slug and URL patterns, required properties, one branch of each oneOf/anyOf), and the same values
 * broken in one place (a required property removed, a wrong type, an unknown property, a hostile string, a null).
 */
final class SchemaValues {

    /**
     * Stands for an unpaired UTF-16 surrogate: Java cannot encode one as UTF-8, so the serialised body carries it as
     * the JSON escape {@code \ud800} instead (see {@link #toJson}).
     */
    static final String LONE_SURROGATE = "\uE000lone-surrogate\uE000";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;
    private static final String SLUG_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

    private final JsonNode document;

    SchemaValues(JsonNode document) {
        this.document = document;
    }

    /** Strings that break naive code: empty, blank, control characters, NUL, emoji, bidi, lone surrogates, huge. */
    static Arbitrary<String> hostileStrings(int maxLength) {
        int over = Math.max(1, Math.min(maxLength, 300_000)) + 1;
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of("", " ", "\t\r\n", "\u0000", "nul\u0000byte", "📰🗞️👩🏽‍💻🇰🇵",
                        "\u202Egnp.exe",
                        "zero\u200Bwidth", "e\u0301\u0301\u0301", "﷽", "𝕂𝕚𝕠𝕤𝕢𝕦𝕖", "\uFEFFbom", "\uFFFF\uFFFE",
                        LONE_SURROGATE, "<script>alert(1)</script>", "' OR 1=1 --", "../../../etc/passwd", "%00",
                        "\\u0000", "null", "NaN", "-0", "1e309", "Ω≈ç√∫ ŒÆ ß", "a".repeat(over),
                        "é".repeat(Math.min(over, 70_000)))),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(40)),
                Tuple.of(1, Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMinLength(1).ofMaxLength(8)));
    }

    /** Values that follow {@code schema}. */
    Arbitrary<JsonNode> valid(JsonNode schema) {
        return valid(schema, 0);
    }

    private Arbitrary<JsonNode> valid(JsonNode rawSchema, int depth) {
        JsonNode schema = resolve(rawSchema);
        if (schema.has("const")) {
            return Arbitraries.just(schema.get("const"));
        }
        if (schema.has("enum")) {
            List<JsonNode> values = new ArrayList<>();
            schema.get("enum").forEach(values::add);
            return Arbitraries.of(values);
        }
        for (String combiner : List.of("oneOf", "anyOf")) {
            if (schema.has(combiner)) {
                List<Arbitrary<JsonNode>> branches = new ArrayList<>();
                for (JsonNode branch : schema.get(combiner)) {
                    if (depth < MAX_DEPTH || "null".equals(branch.path("type").asText())) {
                        branches.add(valid(branch, depth + 1));
                    }
                }
                return branches.isEmpty() ? Arbitraries.just(NODES.nullNode()) : Arbitraries.oneOf(branches);
            }
        }
        List<String> types = types(schema);
        List<Arbitrary<JsonNode>> alternatives = new ArrayList<>();
        for (String type : types) {
            if (!"null".equals(type)) {
                alternatives.add(ofType(type, schema, depth));
            }
        }
        if (alternatives.isEmpty()) {
            return types.contains("null") ? Arbitraries.just(NODES.nullNode()) : Arbitraries.just(NODES.textNode("x"));
        }
        Arbitrary<JsonNode> value = Arbitraries.oneOf(alternatives);
        return types.contains("null") ? value.injectNull(0.1).map(v -> v == null ? NODES.nullNode() : v) : value;
    }

    private Arbitrary<JsonNode> ofType(String type, JsonNode schema, int depth) {
        return switch (type) {
            case "string" -> strings(schema);
            case "integer" -> {
                long min = schema.path("minimum").asLong(-1000);
                long max = schema.path("maximum").asLong(1000);
                yield Arbitraries.longs().between(min, max).map(v -> (JsonNode) NODES.numberNode(v));
            }
            case "number" -> Arbitraries.doubles().between(-1e6, 1e6).map(v -> (JsonNode) NODES.numberNode(v));
            case "boolean" -> Arbitraries.of(true, false).map(v -> (JsonNode) NODES.booleanNode(v));
            case "array" -> {
                int min = schema.path("minItems").asInt(0);
                int max = Math.max(min, Math.min(schema.path("maxItems").asInt(4), 4));
                if (depth >= MAX_DEPTH) {
                    yield Arbitraries.just(NODES.arrayNode());
                }
                Arbitrary<JsonNode> array = valid(schema.path("items"), depth + 1).list().ofMinSize(min).ofMaxSize(max)
                        .map(items -> {
                            ArrayNode node = NODES.arrayNode();
                            items.forEach(node::add);
                            return node;
                        });
                yield withExamples(schema, array);
            }
            default -> objects(schema, depth);
        };
    }

    private Arbitrary<JsonNode> strings(JsonNode schema) {
        int maxLength = schema.path("maxLength").asInt(60);
        int minLength = schema.path("minLength").asInt(0);
        String pattern = schema.path("pattern").asText("");
        String format = schema.path("format").asText("");
        Arbitrary<String> generated;
        if ("uuid".equals(format) || pattern.contains("[a-fA-F0-9]{8}")) {
            generated = Arbitraries.longs().tuple2().map(t -> new UUID(t.get1(), t.get2()).toString());
        } else if ("date-time".equals(format)) {
            generated = Arbitraries.longs().between(0, 4_102_444_800L)
                    .map(seconds -> Instant.ofEpochSecond(seconds).toString());
        } else if (SLUG_PATTERN.equals(pattern)) {
            generated = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789").ofMinLength(1)
                    .ofMaxLength(20).map(s -> "fuzz-" + s);
        } else if (pattern.startsWith("^https?://")) {
            generated = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20)
                    .map(s -> "https://images.kiosque.example/fuzz/" + s + ".jpg");
        } else if (pattern.equals("^[A-Z]{2}$")) {
            generated = Arbitraries.strings().withCharRange('A', 'Z').ofLength(2);
        } else if (pattern.startsWith("^Q[1-9]")) {
            generated = Arbitraries.integers().between(1, 99_999_999).map(n -> "Q" + n);
        } else {
            int max = Math.max(Math.max(minLength, 1), Math.min(maxLength, 60));
            generated = Arbitraries.strings().withCharRange('a', 'z').withChars(" éÉàçœ'’-.0123456789")
                    .ofMinLength(Math.max(minLength, 1)).ofMaxLength(max).filter(s -> !s.isBlank());
        }
        return withExamples(schema, generated.map(s -> (JsonNode) NODES.textNode(s)));
    }

    /** The document's examples are realistic values: used about half of the time when there are some. */
    private static Arbitrary<JsonNode> withExamples(JsonNode schema, Arbitrary<JsonNode> generated) {
        if (!schema.path("examples").isArray() || schema.path("examples").isEmpty()) {
            return generated;
        }
        List<JsonNode> examples = new ArrayList<>();
        schema.get("examples").forEach(examples::add);
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(examples)), Tuple.of(1, generated));
    }

    private Arbitrary<JsonNode> objects(JsonNode schema, int depth) {
        JsonNode properties = schema.path("properties");
        if (!properties.isObject() || properties.isEmpty() || depth >= MAX_DEPTH) {
            return Arbitraries.just(NODES.objectNode());
        }
        List<String> names = new ArrayList<>();
        List<Arbitrary<JsonNode>> values = new ArrayList<>();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> property = it.next();
            names.add(property.getKey());
            Arbitrary<JsonNode> value = valid(property.getValue(), depth + 1);
            if (!required.contains(property.getKey())) {
                // Optional properties are left out half of the time.
                value = value.injectNull(0.5).map(v -> v == null ? MissingNode.getInstance() : v);
            }
            values.add(value);
        }
        return Combinators.combine(values).as(list -> {
            ObjectNode object = NODES.objectNode();
            for (int i = 0; i < names.size(); i++) {
                if (!list.get(i).isMissingNode()) {
                    object.set(names.get(i), list.get(i));
                }
            }
            return (JsonNode) object;
        });
    }

    /**
     * The value broken in one place: a required property removed, a property of the wrong type or null, an unknown
     * property, or a string replaced by a hostile one. Values that are not objects are replaced whole.
     */
    Arbitrary<JsonNode> mutated(JsonNode schema, JsonNode value) {
        JsonNode resolved = resolve(schema);
        if (!(value instanceof ObjectNode object) || object.isEmpty()) {
            return wrongValues(300);
        }
        List<String> fields = new ArrayList<>();
        object.fieldNames().forEachRemaining(fields::add);
        List<String> required = new ArrayList<>();
        resolved.path("required").forEach(name -> required.add(name.asText()));
        Arbitrary<String> field = Arbitraries.of(fields);
        Arbitrary<JsonNode> removeRequired = required.isEmpty()
                ? Arbitraries.just(object)
                : Arbitraries.of(required).map(name -> {
                    ObjectNode copy = object.deepCopy();
                    copy.remove(name);
                    return copy;
                });
        Arbitrary<JsonNode> wrongType = Combinators.combine(field, wrongValues(300)).as((name, wrong) -> {
            ObjectNode copy = object.deepCopy();
            copy.set(name, wrong);
            return copy;
        });
        Arbitrary<JsonNode> hostile = Combinators.combine(field, hostileStrings(maxLength(resolved, object)))
                .as((name, text) -> {
                    ObjectNode copy = object.deepCopy();
                    copy.put(name, text);
                    return copy;
                });
        Arbitrary<JsonNode> nested = Combinators
                .combine(Arbitraries.of(fields), hostileStrings(300), Arbitraries.integers().between(0, 3))
                .as((name, text, index) -> {
                    ObjectNode copy = object.deepCopy();
                    JsonNode target = copy.get(name);
                    if (target instanceof ArrayNode array && !array.isEmpty()) {
                        JsonNode item = array.get(index % array.size());
                        if (item instanceof ObjectNode itemObject && itemObject.size() > 0) {
                            itemObject.put(itemObject.fieldNames().next(), text);
                        } else {
                            array.set(index % array.size(), NODES.textNode(text));
                        }
                    } else if (target instanceof ObjectNode targetObject && targetObject.size() > 0) {
                        targetObject.put(targetObject.fieldNames().next(), text);
                    }
                    return copy;
                });
        Arbitrary<JsonNode> extra = Arbitraries.of("id", "status", "version", "createdAt", "fuzz", "__proto__", "")
                .map(name -> {
                    ObjectNode copy = object.deepCopy();
                    copy.put(name, "fuzz");
                    return copy;
                });
        Arbitrary<JsonNode> nulled = field.map(name -> {
            ObjectNode copy = object.deepCopy();
            copy.putNull(name);
            return copy;
        });
        return Arbitraries.frequencyOf(Tuple.of(2, removeRequired), Tuple.of(3, wrongType), Tuple.of(4, hostile),
                Tuple.of(2, nested), Tuple.of(1, extra), Tuple.of(2, nulled));
    }

    private static int maxLength(JsonNode schema, JsonNode object) {
        int max = 0;
        for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
            max = Math.max(max, schema.path("properties").path(it.next()).path("maxLength").asInt(0));
        }
        return max == 0 ? 300 : max;
    }

    /** Values of every JSON type, boundaries and hostile strings: whatever a field did not expect. */
    static Arbitrary<JsonNode> wrongValues(int maxLength) {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(0),
                        NODES.numberNode(-1), NODES.numberNode(Long.MAX_VALUE),
                        NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
                        NODES.numberNode(1.5e308), NODES.numberNode(-0.0), NODES.arrayNode(), NODES.objectNode(),
                        NODES.arrayNode().add(NODES.nullNode()), NODES.objectNode().put("type", "fuzz"))),
                Tuple.of(2, hostileStrings(maxLength).map(s -> (JsonNode) NODES.textNode(s))));
    }

    /** JSON text of the value, with {@link #LONE_SURROGATE} written as the escape of an unpaired surrogate. */
    static String toJson(JsonNode value) {
        return value.toString().replace(LONE_SURROGATE, "\\ud800");
    }

    /** The schema with its {@code $ref} followed; sibling keywords of the reference are kept. */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
            String ref = current.get("$ref").asText();
            JsonNode target = document.at(ref.substring(1));
            ObjectNode merged = target.deepCopy();
            current.fields().forEachRemaining(entry -> {
                if (!entry.getKey().equals("$ref") && !entry.getKey().equals("type")) {
                    merged.set(entry.getKey(), entry.getValue());
                }
            });
            current = merged;
        }
        return current;
    }

    private static List<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        } else if (schema.has("properties")) {
            types.add("object");
        } else if (schema.has("items")) {
            types.add("array");
        } else {
            types.add("string");
        }
        return types;
    }
}
