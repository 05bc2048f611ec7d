package io.kiosque.http;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A body derived from a representation (its JSON-LD, a selection of its fields): it is sent as the body alone, and
 * keeps the cache tags, the last change and the ETag of its source, so that an If-Match with its ETag updates what was
 * read.
 */
public record Tagged<T>(@JsonValue T body, @JsonIgnore Cacheable source) implements Cacheable {

    public static <T> Tagged<T> of(T body, Cacheable source) {
        return new Tagged<>(body, source);
    }

    @Override
    public Instant lastModified() {
        return source.lastModified();
    }

    @Override
    public List<String> cacheKeys() {
        return source.cacheKeys();
    }
}
