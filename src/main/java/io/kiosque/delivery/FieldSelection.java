package io.kiosque.delivery;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.RequestScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.kiosque.common.Page;
import io.kiosque.common.ProblemException;

/**
 * The {@code fields} parameter of a read: which top-level fields of the representation to send. A resource names the
 * representation the parameter applies to (the items, for a page); {@link HttpCaching} sends only those fields, and the
 * ETag is of the bytes sent.
 */
@RequestScoped
public class FieldSelection {

    public static final String QUERY_PARAMETER = "fields";
    private static final Map<Class<?>, List<String>> FIELDS = new ConcurrentHashMap<>();

    private final ObjectMapper mapper;
    private Set<String> selected;

    FieldSelection(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Validates {@code fields=slug,headline} against the fields of {@code representation}; null selects everything.
     */
    public void select(String raw, Class<?> representation) {
        if (raw == null) {
            return;
        }
        List<String> allowed = fieldsOf(representation);
        Set<String> names = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String part : raw.split(",", -1)) {
            String name = part.strip();
            if (allowed.contains(name)) {
                names.add(name);
            } else {
                unknown.add(name.isEmpty() ? "(empty)" : "'" + abbreviate(name) + "'");
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.invalidParameter(QUERY_PARAMETER, "unknown field" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + "; allowed: " + String.join(", ", allowed));
        }
        selected = names;
    }

    public boolean active() {
        return selected != null;
    }

    /** The entity reduced to the selected fields (each item's, for a page); the entity itself when none were named. */
    Object apply(Object entity) {
        if (selected == null) {
            return entity;
        }
        JsonNode tree = mapper.valueToTree(entity);
        if (entity instanceof Page<?>) {
            tree.path("items").forEach(item -> ((ObjectNode) item).retain(selected));
        } else {
            ((ObjectNode) tree).retain(selected);
        }
        return tree;
    }

    private static String abbreviate(String name) {
        return name.length() <= 40 ? name : name.substring(0, 37) + "...";
    }

    /** The top-level field names of a representation, in the order it is serialised. */
    List<String> fieldsOf(Class<?> representation) {
        return FIELDS.computeIfAbsent(representation,
                type -> mapper.getSerializationConfig().introspect(mapper.constructType(type)).findProperties()
                        .stream().map(BeanPropertyDefinition::getName).toList());
    }
}
