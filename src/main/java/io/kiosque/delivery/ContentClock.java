package io.kiosque.delivery;

import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.kiosque.common.ContentChanged;

/**
 * When public content last changed, anywhere: the Last-Modified of every public response. A list's own items cannot say
 * it (an item that leaves a list takes its date with it, a renamed tag changes no article), so this clock is an upper
 * bound that never goes back: the latest {@code updated_at} of any article, section, author or tag, or the latest
 * deletion. Read with one statement over four indexed maxima.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContentClock {

    private final EntityManager em;

    ContentClock(EntityManager em) {
        this.em = em;
    }

    /** Null on an empty database. */
    public Instant lastChange() {
        Object value = em.createNativeQuery("select greatest((select max(updated_at) from article), "
                + "(select max(updated_at) from section), (select max(updated_at) from author), "
                + "(select max(updated_at) from tag), (select deleted_at from content_deletion_clock where id = 1))")
                .getSingleResult();
        if (value == null) {
            return null;
        }
        return value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }

    /** Runs in the transaction of the deletion, so the clock moves if and only if the deletion commits. */
    void onChange(@Observes ContentChanged change) {
        if ("deleted".equals(change.action())) {
            em.createNativeQuery("insert into content_deletion_clock (id, deleted_at) values (1, clock_timestamp()) "
                    + "on conflict (id) do update set deleted_at = greatest(content_deletion_clock.deleted_at, "
                    + "excluded.deleted_at)").executeUpdate();
        }
    }
}
