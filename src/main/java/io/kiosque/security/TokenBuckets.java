package io.kiosque.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per key (a token id, a client address): {@code burst} requests at once, then {@code perMinute},
 * refilled continuously. Held in memory, so each instance of Kiosque counts for itself.
 */
public final class TokenBuckets {

    private static final double NANOS_PER_MINUTE = 60e9;

    private final double capacity;
    private final double tokensPerNano;
    private final int maxKeys;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(int burst, int perMinute, int maxKeys, LongSupplier nanoClock) {
        if (burst < 1 || perMinute < 1) {
            throw new IllegalArgumentException("burst and perMinute must be at least 1");
        }
        this.capacity = burst;
        this.tokensPerNano = perMinute / NANOS_PER_MINUTE;
        this.maxKeys = maxKeys;
        this.clock = nanoClock;
    }

    /** Takes one token for this key: 0 when it was there, else the whole seconds until one will be. */
    public long take(String key) {
        return bucket(key).take(clock.getAsLong());
    }

    /** 0 when this key has a token left (without taking it), else the whole seconds until it will have one. */
    public long waitFor(String key) {
        Bucket bucket = buckets.get(key);
        return bucket == null ? 0 : bucket.waitFor(clock.getAsLong());
    }

    int trackedKeys() {
        return buckets.size();
    }

    private Bucket bucket(String key) {
        Bucket bucket = buckets.get(key);
        if (bucket != null) {
            return bucket;
        }
        if (buckets.size() >= maxKeys) {
            forgetFullBuckets();
        }
        return buckets.computeIfAbsent(key, ignored -> new Bucket(capacity, clock.getAsLong()));
    }

    /** A full bucket is the same as no bucket: forgetting it loses nothing. */
    private void forgetFullBuckets() {
        long now = clock.getAsLong();
        buckets.values().removeIf(bucket -> bucket.isFull(now));
        if (buckets.size() >= maxKeys) {
            // Every key is busy (a flood of distinct addresses): start afresh rather than grow without bound.
            buckets.clear();
        }
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

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
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
