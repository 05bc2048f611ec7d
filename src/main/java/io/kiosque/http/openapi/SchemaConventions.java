package io.kiosque.http.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.callbacks.Callback;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Schemas as code generators read them literally. Java records give SmallRye what it needs, but generators trip over a
 * few shapes: a {@code $ref} with sibling keywords (its type is "cleared"), a string or date-time behind a {@code $ref}
 * to a one-line component, an enum without its type. Those are rewritten here, and the schemas derived from others are
 * filled in: partial copies ({@link OpenApiConventions#PARTIAL_OF}, no member required) and merge-patch bodies
 * ({@link OpenApiConventions#MERGE_PATCH_OF}, RFC 7396: no member required, null removes an optional one).
 */
final class SchemaConventions {

    private static final String REF = "$ref";
    private static final String COMPONENT = "#/components/schemas/";

    private SchemaConventions() {
    }

    static void apply(OpenAPI openAPI) {
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        derive(components);
        Map<String, Schema> scalars = new HashMap<>();
        components.forEach((name, schema) -> {
            if (isScalar(schema)) {
                scalars.put(COMPONENT + name, schema);
            }
        });
        hoistPropertyEnums(openAPI);
        forEachSchema(openAPI, schema -> normalise(schema, scalars));
        scalars.keySet().forEach(ref -> openAPI.getComponents().removeSchema(ref.substring(COMPONENT.length())));
    }

    /** A component that is only a type and a format (Instant, UUID): clearer inline than behind a reference. */
    private static boolean isScalar(Schema schema) {
        List<SchemaType> type = schema.getType();
        return type != null && type.size() == 1 && type.get(0) != SchemaType.OBJECT && type.get(0) != SchemaType.ARRAY
                && schema.getEnumeration() == null && schema.getRef() == null;
    }

    private static void derive(Map<String, Schema> components) {
        for (Map.Entry<String, Schema> entry : Map.copyOf(components).entrySet()) {
            Schema derived = entry.getValue();
            // A schema's extensions are keywords of its own in OpenAPI 3.1.
            Object partialOf = derived.get(OpenApiConventions.PARTIAL_OF);
            Object patchOf = derived.get(OpenApiConventions.MERGE_PATCH_OF);
            if (partialOf == null && patchOf == null) {
                continue;
            }
            String baseName = String.valueOf(partialOf != null ? partialOf : patchOf);
            Schema base = components.get(baseName);
            if (base == null || base.getProperties() == null) {
                throw new IllegalStateException(entry.getKey() + " derives from " + baseName + ", which has no schema");
            }
            List<String> required = base.getRequired() == null ? List.of() : base.getRequired();
            Map<String, Schema> properties = new LinkedHashMap<>();
            base.getProperties().forEach((name, property) -> properties.put(name,
                    patchOf != null && !required.contains(name) ? nullable(property) : property));
            derived.setType(List.of(SchemaType.OBJECT));
            derived.setProperties(properties);
            derived.setRequired(null);
            if (base.getAdditionalPropertiesBoolean() != null) {
                derived.setAdditionalPropertiesBoolean(base.getAdditionalPropertiesBoolean());
            }
            derived.set(OpenApiConventions.PARTIAL_OF, null);
            derived.set(OpenApiConventions.MERGE_PATCH_OF, null);
        }
    }

    /** The property, or null: a copy, since the base schema shares it. */
    private static Schema nullable(Schema property) {
        List<SchemaType> type = property.getType();
        if (type != null && type.contains(SchemaType.NULL)) {
            return property;
        }
        if (type != null && property.getRef() == null) {
            Schema copy = OASFactory.createSchema();
            copy.setAll(new LinkedHashMap<>(property.getAll()));
            List<SchemaType> types = new ArrayList<>(type);
            types.add(SchemaType.NULL);
            copy.setType(types);
            if (copy.getEnumeration() != null && !copy.getEnumeration().contains(null)) {
                List<Object> values = new ArrayList<>(copy.getEnumeration());
                values.add(null);
                copy.setEnumeration(values);
            }
            return copy;
        }
        return OASFactory.createSchema()
                .anyOf(List.of(property, OASFactory.createSchema().addType(SchemaType.NULL)));
    }

    /**
     * An enum declared inline on a property becomes a named component ({@code HeadingBlockType} for the {@code type} of
     * HeadingBlock): generators otherwise name it after the property, and "Type" is a reserved word in Swift.
     */
    private static void hoistPropertyEnums(OpenAPI openAPI) {
        for (Map.Entry<String, Schema> component : Map.copyOf(openAPI.getComponents().getSchemas()).entrySet()) {
            Map<String, Schema> properties = component.getValue().getProperties();
            if (properties == null) {
                continue;
            }
            for (Map.Entry<String, Schema> property : Map.copyOf(properties).entrySet()) {
                Schema schema = property.getValue();
                if (schema.getEnumeration() == null || schema.getEnumeration().contains(null)
                        || schema.getRef() != null) {
                    continue;
                }
                String name = component.getKey() + capitalised(property.getKey().replace("@", ""));
                Schema enumeration = OASFactory.createSchema().type(schema.getType() == null
                        ? List.of(SchemaType.STRING)
                        : schema.getType()).enumeration(schema.getEnumeration());
                openAPI.getComponents().addSchema(name, enumeration);
                Map<String, Object> rest = new LinkedHashMap<>(schema.getAll());
                rest.remove("enum");
                rest.remove("type");
                rest.put(REF, COMPONENT + name);
                schema.setAll(rest);
            }
        }
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Children first, so that a parent sees their final shape. */
    private static void normalise(Schema schema, Map<String, Schema> scalars) {
        String ref = schema.getRef();
        if (ref != null && scalars.containsKey(ref)) {
            inline(schema, scalars.get(ref));
        }
        collapseNullableScalar(schema);
        if (schema.getRef() != null && schema.getAll().size() > 1) {
            separateReference(schema);
        }
        if (schema.getEnumeration() != null && schema.getType() == null) {
            boolean strings = schema.getEnumeration().stream()
                    .allMatch(value -> value == null || value instanceof String);
            schema.setType(List.of(strings ? SchemaType.STRING : SchemaType.NUMBER));
        }
    }

    /** {@code {$ref: Instant, description}} becomes {@code {type: string, format: date-time, description}}. */
    private static void inline(Schema schema, Schema scalar) {
        Map<String, Object> merged = new LinkedHashMap<>();
        scalar.getAll().forEach((key, value) -> {
            if (!key.equals("examples")) {
                merged.put(key, value);
            }
        });
        schema.getAll().forEach((key, value) -> {
            if (!key.equals(REF) && !key.equals("type")) {
                merged.put(key, value);
            }
        });
        schema.setAll(merged);
    }

    /** {@code {type: [string, null], anyOf: [{type: string, format: date-time}, {type: null}]}} as one schema. */
    private static void collapseNullableScalar(Schema schema) {
        List<Schema> anyOf = schema.getAnyOf();
        if (anyOf == null || anyOf.size() != 2) {
            return;
        }
        Schema nullType = anyOf.stream().filter(SchemaConventions::isNullType).findFirst().orElse(null);
        Schema other = anyOf.stream().filter(s -> s != nullType).findFirst().orElse(null);
        if (nullType == null || other == null || other.getRef() != null || !isScalar(other)) {
            return;
        }
        Map<String, Object> merged = new LinkedHashMap<>(schema.getAll());
        merged.remove("anyOf");
        other.getAll().forEach(merged::putIfAbsent);
        merged.put("type", List.of(other.getType().get(0), SchemaType.NULL));
        schema.setAll(merged);
    }

    private static boolean isNullType(Schema schema) {
        return schema.getType() != null && schema.getType().equals(List.of(SchemaType.NULL));
    }

    /**
     * A reference takes no sibling keyword (generators clear its type): the redundant {@code type} goes, and a
     * description or example stays beside an {@code allOf} of the reference alone.
     */
    private static void separateReference(Schema schema) {
        Map<String, Object> siblings = new LinkedHashMap<>(schema.getAll());
        String ref = (String) siblings.remove(REF);
        siblings.remove("type");
        if (siblings.isEmpty()) {
            schema.setAll(Map.of(REF, ref));
            return;
        }
        siblings.put("allOf", List.of(OASFactory.createSchema().ref(ref)));
        schema.setAll(siblings);
    }

    /** Every schema of the document, each once, children before their parent. */
    static void forEachSchema(OpenAPI openAPI, Consumer<Schema> action) {
        Walker walker = new Walker(action);
        openAPI.getComponents().getSchemas().values().forEach(walker::schema);
        if (openAPI.getComponents().getResponses() != null) {
            openAPI.getComponents().getResponses().values().forEach(walker::response);
        }
        if (openAPI.getComponents().getHeaders() != null) {
            openAPI.getComponents().getHeaders().values().forEach(walker::header);
        }
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(walker::pathItem);
        }
    }

    private static final class Walker {

        private final Consumer<Schema> action;
        private final Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Walker(Consumer<Schema> action) {
            this.action = action;
        }

        void pathItem(PathItem item) {
            if (item.getParameters() != null) {
                item.getParameters().forEach(this::parameter);
            }
            item.getOperations().values().forEach(this::operation);
        }

        void operation(Operation operation) {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(this::parameter);
            }
            if (operation.getRequestBody() != null) {
                content(operation.getRequestBody().getContent());
            }
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().forEach(this::response);
            }
            if (operation.getCallbacks() != null) {
                for (Callback callback : operation.getCallbacks().values()) {
                    callback.getPathItems().values().forEach(this::pathItem);
                }
            }
        }

        void parameter(Parameter parameter) {
            schema(parameter.getSchema());
            content(parameter.getContent());
        }

        void response(APIResponse response) {
            content(response.getContent());
            if (response.getHeaders() != null) {
                response.getHeaders().values().forEach(this::header);
            }
        }

        void header(Header header) {
            schema(header.getSchema());
        }

        void content(Content content) {
            if (content != null) {
                for (MediaType mediaType : content.getMediaTypes().values()) {
                    schema(mediaType.getSchema());
                }
            }
        }

        void schema(Schema schema) {
            if (schema == null || !seen.add(schema)) {
                return;
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(this::schema);
            }
            schema(schema.getItems());
            schema(schema.getNot());
            schema(schema.getAdditionalPropertiesSchema());
            for (List<Schema> list : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf(),
                    schema.getPrefixItems())) {
                if (list != null) {
                    list.forEach(this::schema);
                }
            }
            action.accept(schema);
        }
    }
}
