package io.kiosque.http;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Sparse reads ({@code fields=slug,headline}): a representation reduced to the top-level fields a client names, keeping
 * the cache tags and last change of the whole, so its ETag and Surrogate-Key stay exact.
 */
@ApplicationScoped
public class FieldSelection {

    public static final String QUERY_PARAMETER = "fields";
    private static final Map<Class<?>, List<String>> FIELDS = new ConcurrentHashMap<>();

    private final ObjectMapper mapper;

    FieldSelection(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Validates {@code fields=slug,headline} against the fields of {@code representation}: a 400 names the unknown. */
    public Set<String> parse(String raw, Class<?> representation) {
        if (raw == null) {
            throw ProblemException.invalidParameter(QUERY_PARAMETER, "is required: name the fields to send");
        }
        List<String> allowed = fieldsOf(representation);
        Set<String> names = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String part : raw.split(",", -1)) {
            String name = part.strip();
            if (allowed.contains(name)) {
                names.add(name);
            } else {
                unknown.add(name.isEmpty() ? "(empty)" : "'" + Problems.abbreviate(name, 40) + "'");
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.invalidParameter(QUERY_PARAMETER, "unknown field" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + "; allowed: " + String.join(", ", allowed));
        }
        return names;
    }

    /** The representation reduced to these fields. */
    public Tagged<ObjectNode> select(Cacheable representation, Set<String> fields) {
        ObjectNode tree = mapper.valueToTree(representation);
        return Tagged.of(tree.retain(fields), representation);
    }

    /** Each item of the page reduced to these fields; the page keeps its cursor. */
    public Page<Tagged<ObjectNode>> select(Page<? extends Cacheable> page, Set<String> fields) {
        return new Page<>(page.items().stream().map(item -> select(item, fields)).toList(), page.nextCursor());
    }

    /** The top-level field names of a representation, in the order it is serialised. */
    public List<String> fieldsOf(Class<?> representation) {
        return FIELDS.computeIfAbsent(representation,
                type -> mapper.getSerializationConfig().introspect(mapper.constructType(type)).findProperties()
                        .stream().map(BeanPropertyDefinition::getName).toList());
    }
}
