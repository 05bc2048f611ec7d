package io.kiosque.http;

import java.time.Instant;
import java.util.List;

/** A representation that knows when it last changed and which cache tags (Surrogate-Key) it shows. */
public interface Cacheable {

    /** The Cache-Control of what one reader may see and nobody else: a token's or a preview link's answer. */
    String PRIVATE = "private, no-store";

    Instant lastModified();

    /** Cache tags of every resource this representation shows, e.g. {@code article-<id> tag-<id>}. */
    List<String> cacheKeys();

    /** The cache tag of one resource, e.g. {@code tag-<id>}: what its representations show and its changes purge. */
    static String key(String resourceType, Object id) {
        return resourceType + "-" + id;
    }
}
