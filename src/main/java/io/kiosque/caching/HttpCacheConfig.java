package io.kiosque.caching;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What anonymous responses tell browsers and CDNs about caching them, and when they are worth compressing. */
@ConfigMapping(prefix = "kiosque.http")
public interface HttpCacheConfig {

    Cache cache();

    Compression compression();

    interface Cache {

        /** Seconds an anonymous read is fresh for browsers and CDNs ({@code Cache-Control: max-age}). */
        @WithDefault("60")
        int maxAge();

        /** Seconds it may then be served stale while revalidating. */
        @WithDefault("300")
        int staleWhileRevalidate();
    }

    interface Compression {

        /** The smallest body worth gzipping: below it, compressing costs more than it saves. */
        @WithDefault("1024")
        int minSize();
    }
}
