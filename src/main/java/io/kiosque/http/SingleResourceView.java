package io.kiosque.http;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The representation of one resource that embeds no other: its last change and its cache tag are its own. */
public interface SingleResourceView extends Cacheable {

    /** The resource type of its cache tag and of its content changes: {@code section}, {@code tag}... */
    String resourceType();

    UUID id();

    Instant updatedAt();

    @Override
    default Instant lastModified() {
        return updatedAt();
    }

    @Override
    default List<String> cacheKeys() {
        return List.of(Cacheable.key(resourceType(), id()));
    }
}
