package io.kiosque.security;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * One token bucket per key (a token id, a client address): {@code burst} requests at once, then {@code perMinute},
 * refilled continuously. Held in memory, so each instance of Kiosque counts for itself.
 * <p>
 * At most {@code maxKeys} buckets are kept, in a Caffeine cache: past it, the keys used least often go first (a flood
 * of one-off addresses does not push out a key that keeps knocking), and a bucket nobody used for as long as it takes
 * to refill is forgotten, which loses nothing since a full bucket is the same as none. A key that falls silent is not
 * protected that way: Caffeine counts uses only once the cache is half full, so a flood of more than {@code maxKeys}
 * new keys may push out a bucket emptied while the instance was quiet, and its next request finds a full burst (as each
 * address of the flood did anyway).
 */
public final class TokenBuckets {

    private static final double NANOS_PER_MINUTE = 60e9;

    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier clock;
    private final Cache<String, Bucket> buckets;

    public TokenBuckets(int burst, int perMinute, int maxKeys, LongSupplier nanoClock) {
        this(burst, perMinute, maxKeys, nanoClock, ForkJoinPool.commonPool());
    }

    /** With the executor Caffeine runs its upkeep (eviction, expiry) on; tests pass {@code Runnable::run}. */
    TokenBuckets(int burst, int perMinute, int maxKeys, LongSupplier nanoClock, Executor upkeep) {
        if (burst < 1 || perMinute < 1) {
            throw new IllegalArgumentException("burst and perMinute must be at least 1");
        }
        this.capacity = burst;
        this.tokensPerNano = perMinute / NANOS_PER_MINUTE;
        this.clock = nanoClock;
        this.buckets = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(timeToRefill())
                .ticker(nanoClock::getAsLong).executor(upkeep).build();
    }

    /** Takes one token for this key: 0 when it was there, else the whole seconds until one will be. */
    public long take(String key) {
        return buckets.get(key, ignored -> new Bucket(capacity, clock.getAsLong())).take(clock.getAsLong());
    }

    /** 0 when this key has a token left (without taking it), else the whole seconds until it will have one. */
    public long waitFor(String key) {
        Bucket bucket = buckets.getIfPresent(key);
        return bucket == null ? 0 : bucket.waitFor(clock.getAsLong());
    }

    long trackedKeys() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    /** How long an empty bucket takes to fill up again. */
    private Duration timeToRefill() {
        return Duration.ofNanos((long) Math.ceil(capacity / tokensPerNano));
    }

    private final class Bucket {

        private double tokens;
        private long updatedAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updatedAt = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return secondsUntilOne();
        }

        synchronized long waitFor(long now) {
            refill(now);
            return tokens >= 1 ? 0 : secondsUntilOne();
        }

        private void refill(long now) {
            if (now > updatedAt) {
                tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
                updatedAt = now;
            }
        }

        private long secondsUntilOne() {
            return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano / 1e9));
        }
    }
}
