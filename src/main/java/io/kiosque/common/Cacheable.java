package io.kiosque.common;

import java.time.Instant;
import java.util.List;

/** A representation that knows when it last changed and which cache tags (Surrogate-Key) it shows. */
public interface Cacheable {

    Instant lastModified();

    /** Cache tags of every resource this representation shows, e.g. {@code article-<id> tag-<id>}. */
    List<String> cacheKeys();
}
