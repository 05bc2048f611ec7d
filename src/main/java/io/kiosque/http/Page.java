package io.kiosque.http;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/** One page of a keyset-paginated list. */
public record Page<T>(
        @Schema(required = true) List<T> items,
        @Schema(required = true, description = "Opaque cursor for the next page; null on the last page.",
                nullable = true) @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor)
        implements
            Cacheable {

    @Override
    @JsonIgnore
    public Instant lastModified() {
        return items.stream().filter(Cacheable.class::isInstance).map(item -> ((Cacheable) item).lastModified())
                .filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
    }

    @Override
    @JsonIgnore
    public List<String> cacheKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (T item : items) {
            if (item instanceof Cacheable cacheable) {
                keys.addAll(cacheable.cacheKeys());
            }
        }
        return List.copyOf(keys);
    }
}
