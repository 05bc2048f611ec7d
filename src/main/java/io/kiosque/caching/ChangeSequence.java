package io.kiosque.caching;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import io.kiosque.content.ContentChanged;
import io.quarkus.scheduler.Scheduled;

/**
 * The latest change recorded by any instance: the highest sequence number of the change feed, which is assigned in
 * commit order ({@link ChangeFeed}). Read every {@code kiosque.cache.ttl} by a scheduled job, so that the response
 * cache can keep an entry past its ttl for as long as nothing anywhere has changed, without a query per request (its
 * lookups run on I/O threads, where nothing may block).
 */
@ApplicationScoped
public class ChangeSequence {

    /** Nothing known: no reading yet, the last one too old, or a local write since. */
    public static final long UNKNOWN = -1;

    private record Reading(long sequence, long readAtNanos) {
    }

    private static final Logger LOG = Logger.getLogger(ChangeSequence.class);

    private final EntityManager em;
    private final ManagedExecutor executor;
    private final long validNanos;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private volatile Reading reading;

    ChangeSequence(EntityManager em, ManagedExecutor executor,
            CacheConfig config) {
        this.em = em;
        this.executor = executor;
        // A reading counts up to twice the interval it is taken at, so that a late scheduler run on a busy machine does
        // not make every lookup a miss, and no longer: staleness across instances stays within two ttls.
        this.validNanos = config.ttl().toNanos() * 2;
    }

    /** The latest sequence number, or {@link #UNKNOWN}. */
    public long current() {
        Reading current = reading;
        return current == null || System.nanoTime() - current.readAtNanos() > validNanos
                ? UNKNOWN
                : current.sequence();
    }

    @Scheduled(identity = "change-sequence", every = "${kiosque.cache.ttl}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            long readAt = System.nanoTime();
            reading = new Reading(read(), readAt);
        } catch (RuntimeException e) {
            reading = null; // the database is unreachable: entries live their ttl only
            LOG.debugf("Change sequence not read: %s", e.getMessage());
        }
    }

    /** A local write moves the sequence: nothing is known until it is read again, at once, off this thread. */
    void onCommittedChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        reading = null;
        if (refreshQueued.compareAndSet(false, true)) {
            executor.execute(() -> {
                refreshQueued.set(false);
                refresh();
            });
        }
    }

    // A transaction of its own: the refresh after a write runs on an executor that propagates the write's context,
    // whose transaction has already completed.
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    long read() {
        Object max = em.createNativeQuery("select coalesce(max(seq), 0) from content_change").getSingleResult();
        return ((Number) max).longValue();
    }
}
