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

    /**
     * Whether what it shows can change with any write (a feed, a sitemap): its cache tags cannot name an article that
     * is not in it yet, so the response cache drops it on every change, like a page of a list.
     */
    default boolean collection() {
        return false;
    }

    /** The cache tag of one resource, e.g. {@code tag-<id>}: what its representations show and its changes purge. */
    static String key(String resourceType, Object id) {
        return resourceType + "-" + id;
    }
}
