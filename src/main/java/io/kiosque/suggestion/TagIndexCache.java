package io.kiosque.suggestion;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import io.kiosque.tag.TagRef;

/**
 * This instance's copy of the tag index: rebuilt on first use after {@link #invalidate()}, and once it is older than
 * its time to live, so that instances that did not see a change converge. One thread rebuilds while the others wait.
 */
final class TagIndexCache {

    /** The index and what a suggestion shows of each of its tags. */
    record Snapshot(EntityIndex index, Map<UUID, TagRef> tags) {
    }

    private record Built(Snapshot snapshot, long generation, long builtAtNanos) {
    }

    private final Supplier<Snapshot> loader;
    private final long timeToLiveNanos;
    private final LongSupplier nanoTime;
    private final AtomicLong generation = new AtomicLong();
    private final Object rebuildLock = new Object();
    private volatile Built current;

    TagIndexCache(Supplier<Snapshot> loader, Duration timeToLive, LongSupplier nanoTime) {
        this.loader = loader;
        this.timeToLiveNanos = timeToLive.toNanos();
        this.nanoTime = nanoTime;
    }

    Snapshot get() {
        Built built = current;
        if (isFresh(built)) {
            return built.snapshot();
        }
        synchronized (rebuildLock) {
            built = current;
            if (isFresh(built)) {
                return built.snapshot();
            }
            // Read before loading: a change made while we load leaves this copy stale, to be rebuilt next time.
            long generationLoaded = generation.get();
            long loadedAt = nanoTime.getAsLong();
            Snapshot snapshot = loader.get();
            current = new Built(snapshot, generationLoaded, loadedAt);
            return snapshot;
        }
    }

    void invalidate() {
        generation.incrementAndGet();
    }

    private boolean isFresh(Built built) {
        return built != null && built.generation() == generation.get()
                && nanoTime.getAsLong() - built.builtAtNanos() < timeToLiveNanos;
    }
}
