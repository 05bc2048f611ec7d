package io.kiosque.http;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A body derived from a representation (its JSON-LD, a selection of its fields) that keeps the cache tags and last
 * change of what it shows: it is sent as the body alone.
 */
public record Tagged<T>(@JsonValue T body, @JsonIgnore Instant lastModified, @JsonIgnore List<String> cacheKeys)
        implements
            Cacheable {

    public static <T> Tagged<T> of(T body, Cacheable source) {
        return new Tagged<>(body, source.lastModified(), source.cacheKeys());
    }
}
