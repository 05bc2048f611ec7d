package io.kiosque.caching;

import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.kiosque.content.ContentChanged;

/**
 * When public content last changed, anywhere: the Last-Modified of every public response. A list's own items cannot say
 * it (an item that leaves a list takes its date with it, a renamed tag changes no article), so this clock is an upper
 * bound that never goes back: the latest {@code updated_at} of any published article, section, author or tag, or the
 * latest time public content went away (a withdrawn article, a deleted section, author or tag). Drafts and scheduled
 * articles never move it: an anonymous reader must not learn when unpublished content changes. Read with one statement
 * over indexed maxima, at most once per {@code kiosque.cache.ttl} (and right after every local write), so that public
 * reads do not pay a statement each: other instances see a change within that delay, the same bound as the response
 * cache.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContentClock {

    private record Reading(Instant value, long readAtNanos) {
    }

    private final EntityManager em;
    private final long ttlNanos;
    private volatile Reading reading;

    ContentClock(EntityManager em, CacheConfig config) {
        this.em = em;
        this.ttlNanos = config.ttl().toNanos();
    }

    /** Null on an empty database. */
    public Instant lastChange() {
        Reading current = reading;
        if (current != null && System.nanoTime() - current.readAtNanos() < ttlNanos) {
            return current.value();
        }
        long readAt = System.nanoTime();
        Instant value = read();
        reading = new Reading(value, readAt);
        return value;
    }

    /** A committed local write moves the clock: read it again next time. */
    void onCommittedChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        reading = null;
    }

    private Instant read() {
        Object value = em
                .createNativeQuery("select greatest((select max(updated_at) from article where status = 'published'), "
                        + "(select max(updated_at) from section), (select max(updated_at) from author), "
                        + "(select max(updated_at) from tag), (select deleted_at from content_deletion_clock where id "
                        + "= 1))")
                .getSingleResult();
        if (value == null) {
            return null;
        }
        return value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }

    /**
     * Runs in the transaction of the deletion, so the clock moves if and only if the deletion commits. Articles are
     * left to the database: only the withdrawal of a published one moves the clock (migration V7), never a draft's
     * deletion.
     */
    void onChange(@Observes ContentChanged change) {
        if ("deleted".equals(change.action()) && !"article".equals(change.resourceType())) {
            em.createNativeQuery("insert into content_deletion_clock (id, deleted_at) values (1, clock_timestamp()) "
                    + "on conflict (id) do update set deleted_at = greatest(content_deletion_clock.deleted_at, "
                    + "excluded.deleted_at)").executeUpdate();
        }
    }
}
