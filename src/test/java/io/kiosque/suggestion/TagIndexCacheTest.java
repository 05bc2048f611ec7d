package io.kiosque.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Time is a fake clock here: the cache reads it, the test moves it. */
class TagIndexCacheTest {

    private final AtomicLong nanoTime = new AtomicLong(1_000);
    private final AtomicInteger loads = new AtomicInteger();
    private final List<Runnable> duringLoad = new ArrayList<>();
    private final TagIndexCache cache = new TagIndexCache(() -> {
        loads.incrementAndGet();
        duringLoad.forEach(Runnable::run);
        return new TagIndexCache.Snapshot(EntityIndex.of(SeedTags.ALL), Map.of());
    }, Duration.ofSeconds(60), nanoTime::get);

    @Test
    void loadsOnFirstUseThenReusesTheIndex() {
        TagIndexCache.Snapshot first = cache.get();
        nanoTime.addAndGet(Duration.ofSeconds(59).toNanos());
        assertSame(first, cache.get());
        assertEquals(1, loads.get());
    }

    @Test
    void reloadsAfterAChange() {
        cache.get();
        cache.invalidate();
        cache.get();
        cache.get();
        assertEquals(2, loads.get());
    }

    @Test
    void reloadsOnceItsTimeToLiveIsOver() {
        cache.get();
        nanoTime.addAndGet(Duration.ofSeconds(60).toNanos());
        cache.get();
        cache.get();
        assertEquals(2, loads.get());
    }

    @Test
    void aChangeDuringALoadIsNotLost() {
        duringLoad.add(cache::invalidate);
        cache.get();
        duringLoad.clear();
        cache.get();
        cache.get();
        assertEquals(2, loads.get());
    }

    @Test
    void concurrentUsersShareOneLoad() throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            threads.add(new Thread(cache::get));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(1, loads.get());
    }
}
