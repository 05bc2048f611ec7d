package io.kiosque.caching;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.kiosque.content.ContentChanged;
import io.kiosque.http.Cacheable;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * An in-process cache of the public responses anonymous readers get, so that a hot article or section front is served
 * without touching the database or the JSON serialiser.
 * <p>
 * Invalidation is exact on this instance: every write evicts, once its transaction has committed, the cached responses
 * that show the changed resource (by their cache tags) and every cached list or feed (lists embed sections, authors and
 * tags, and any write may change their membership or order). A response computed while a write was committing is not
 * stored ({@link #generation()}). Other instances converge within {@code kiosque.cache.ttl} (two at worst): an entry
 * older than that is served only while the change feed's latest sequence number ({@link ChangeSequence}, read once per
 * ttl) is still the one it was computed under, that is while nothing has changed anywhere, and never longer than
 * {@code kiosque.cache.max-idle-age}.
 */
@ApplicationScoped
public class ResponseCache {

    /**
     * A cached response: status 200, its body and the headers to replay; the change sequence it was computed under
     * ({@link ChangeSequence#UNKNOWN} if none was known), and when it was stored.
     */
    public record Entry(byte[] body, String etag, Map<String, String> headers, Set<String> cacheKeys,
            boolean collection, long changeSequence, long storedAtNanos) {
    }

    private final boolean enabled;
    private final Cache<String, Entry> entries;
    private final ChangeSequence changes;
    private final long ttlNanos;
    private final AtomicLong generation = new AtomicLong();
    private final Counter hits;
    private final Counter misses;

    ResponseCache(CacheConfig config, ChangeSequence changes, MeterRegistry registry) {
        this.enabled = config.enabled();
        this.changes = changes;
        Duration ttl = config.ttl();
        Duration maxIdleAge = config.maxIdleAge();
        this.ttlNanos = ttl.toNanos();
        this.entries = Caffeine.newBuilder().maximumSize(config.maxEntries())
                .expireAfterWrite(maxIdleAge.compareTo(ttl) > 0 ? maxIdleAge : ttl).build();
        this.hits = Counter.builder("kiosque.cache.requests").tag("result", "hit")
                .description("Anonymous reads served from the response cache").register(registry);
        this.misses = Counter.builder("kiosque.cache.requests").tag("result", "miss")
                .description("Anonymous reads computed because the response cache had nothing").register(registry);
        registry.gauge("kiosque.cache.entries", entries, cache -> cache.estimatedSize());
    }

    public boolean enabled() {
        return enabled;
    }

    public Entry lookup(String key) {
        Entry entry = entries.getIfPresent(key);
        if (entry != null && !fresh(entry)) {
            entries.asMap().remove(key, entry);
            entry = null;
        }
        (entry == null ? misses : hits).increment();
        return entry;
    }

    /** The change sequence to store with a response computed from now on; read before computing it. */
    public long changeSequence() {
        return changes.current();
    }

    /** Younger than the ttl, or computed under the latest change sequence known: nothing changed since. */
    private boolean fresh(Entry entry) {
        if (System.nanoTime() - entry.storedAtNanos() <= ttlNanos) {
            return true;
        }
        long latest = changes.current();
        return latest != ChangeSequence.UNKNOWN && entry.changeSequence() == latest;
    }

    /** The invalidation count; a response may be stored only if no invalidation happened while it was computed. */
    public long generation() {
        return generation.get();
    }

    public void store(String key, Entry entry, long generationAtStart) {
        if (generationAtStart == generation.get()) {
            entries.put(key, entry);
            // An invalidation may have slipped in between the check and the put: undo rather than serve stale data.
            if (generationAtStart != generation.get()) {
                entries.invalidate(key);
            }
        }
    }

    void onCommittedChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        evict(change.resourceType(), change.id().toString());
    }

    /** Evicts what shows this resource, and every list or feed. */
    public void evict(String resourceType, String id) {
        generation.incrementAndGet();
        String key = Cacheable.key(resourceType, id);
        entries.asMap().entrySet().removeIf(cached -> cached.getValue().collection()
                || cached.getValue().cacheKeys().contains(key));
    }

    public void clear() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }

    /**
     * Whether the answer to this request may be served from, and stored in, the cache: anonymous reads of the public
     * API, feeds and sitemaps. A token or a preview link always goes to the REST layer.
     */
    static boolean cacheable(String method, String path, String query, boolean authorization) {
        if (!method.equals("GET") && !method.equals("HEAD") || authorization) {
            return false;
        }
        if (!(path.startsWith("/api/v1/") || path.startsWith("/feeds/") || path.startsWith("/sitemap"))) {
            return false;
        }
        return query == null || !query.contains("preview=");
    }

    /** The exact request: path, raw query and the representation asked for. */
    static String key(String path, String query, String accept) {
        return path + '?' + (query == null ? "" : query) + '|' + (accept == null ? "" : accept);
    }
}
