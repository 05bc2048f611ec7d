package io.kiosque.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** A fake clock, and Caffeine's upkeep on the calling thread so that eviction and expiry happen when asked for. */
class TokenBucketsTest {

    private static final int MAX_KEYS = 1_000;

    private final AtomicLong clock = new AtomicLong(42);
    private final TokenBuckets buckets = new TokenBuckets(3, 1, MAX_KEYS, clock::get, Runnable::run);

    @Test
    void aKeyGetsItsBurstThenWaitsForTheRefill() {
        assertEquals(0, buckets.take("a"));
        assertEquals(0, buckets.take("a"));
        assertEquals(0, buckets.take("a"));
        assertEquals(60, buckets.take("a"));
        assertEquals(60, buckets.waitFor("a"));

        clock.addAndGet(TimeUnit.SECONDS.toNanos(45));
        assertEquals(15, buckets.waitFor("a"));
        clock.addAndGet(TimeUnit.SECONDS.toNanos(15));
        assertEquals(0, buckets.waitFor("a"));
        assertEquals(0, buckets.take("a"));
        assertEquals(60, buckets.take("a"));
    }

    @Test
    void waitingNeitherTakesNorTracks() {
        assertEquals(0, buckets.waitFor("never-seen"));
        assertEquals(0, buckets.trackedKeys());
        buckets.take("b");
        assertEquals(0, buckets.waitFor("b"));
        assertEquals(1, buckets.trackedKeys());
    }

    @Test
    void aFloodOfNewKeysDoesNotResetALimitedKeyThatKeepsKnocking() {
        exhaust("limited");

        // Ten times as many one-off keys as are tracked, while the limited one keeps trying and being refused, as an
        // address guessing tokens does. The former map cleared every bucket once full: this key had its burst back.
        for (int i = 0; i < 10 * MAX_KEYS; i++) {
            buckets.take("flood-" + i);
            if (i % 100 == 0) {
                assertTrue(buckets.take("limited") > 0, "limited after " + i + " new keys");
            }
        }

        assertTrue(buckets.take("limited") > 0);
        assertTrue(buckets.trackedKeys() <= MAX_KEYS, "at most " + MAX_KEYS + " keys tracked");
    }

    @Test
    void aFloodLeavesEveryLimitedKeyStillInUseLimited() {
        for (int key = 0; key < 10; key++) {
            exhaust("limited-" + key);
        }
        for (int i = 0; i < 10 * MAX_KEYS; i++) {
            buckets.take("flood-" + i);
            if (i % 100 == 0) {
                for (int key = 0; key < 10; key++) {
                    assertTrue(buckets.waitFor("limited-" + key) > 0, "limited-" + key + " after " + i + " new keys");
                }
            }
        }
        for (int key = 0; key < 10; key++) {
            assertTrue(buckets.waitFor("limited-" + key) > 0, "limited-" + key);
        }
    }

    @Test
    void aBucketLeftAloneIsForgottenOnceItHasRefilled() {
        exhaust("idle");
        clock.addAndGet(TimeUnit.MINUTES.toNanos(3) - 1);
        assertEquals(1, buckets.trackedKeys());

        clock.addAndGet(1);
        assertEquals(0, buckets.trackedKeys());
        assertEquals(0, buckets.take("idle"));
    }

    private void exhaust(String key) {
        while (buckets.take(key) == 0) {
            // the whole burst
        }
        assertTrue(buckets.waitFor(key) > 0);
    }
}
