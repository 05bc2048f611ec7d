package io.kiosque.caching;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The in-process cache of anonymous responses ({@link ResponseCache}). */
@ConfigMapping(prefix = "kiosque.cache")
public interface CacheConfig {

    /** Off, every anonymous read is computed (behind a CDN that caches everything, say). */
    @WithDefault("true")
    boolean enabled();

    /**
     * How long a cached response is served without asking whether anything changed anywhere: the bound on staleness
     * across instances (two at worst), and how often the change sequence and the content clock are read again.
     */
    @WithDefault("5s")
    Duration ttl();

    /** How many responses are kept, the least recently used going first. */
    @WithDefault("10000")
    long maxEntries();

    /** How long a response may outlive the ttl while the change feed shows nothing changed anywhere. */
    @WithDefault("10m")
    Duration maxIdleAge();
}
