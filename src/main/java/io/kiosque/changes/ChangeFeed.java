package io.kiosque.changes;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.kiosque.article.ArticleStatus;
import io.kiosque.article.ArticleView;
import io.kiosque.content.ContentChanged;
import io.kiosque.http.Cursor;
import io.kiosque.http.ProblemException;

/**
 * The change feed: every change to every resource, recorded in the writer's transaction and served in commit order to
 * clients that follow an opaque cursor.
 *
 * <p>
 * <b>Commit order.</b> A sequence number taken at insert is not commit order: the transaction holding seq 10 may commit
 * after the one holding seq 11, and a reader that had already moved past 11 would never see 10. So every writer takes a
 * transaction-level advisory lock just before inserting its row and keeps it until it commits (or rolls back): seq 11
 * can only be taken once the transaction holding seq 10 has ended, and PostgreSQL makes a transaction visible before it
 * releases its locks. The committed rows are therefore always a prefix of the sequence (with gaps where writes rolled
 * back), and a reader that serves {@code seq > cursor} never misses or repeats one.
 *
 * <p>
 * The price is that writes are serialised from their event to their commit (their rows are written and flushed by then:
 * a few milliseconds). The other classic answer, recording each row's transaction id and serving only rows below
 * {@code pg_snapshot_xmin(pg_current_snapshot())}, never blocks writers, but its horizon is the oldest writing
 * transaction of the whole PostgreSQL cluster: an unrelated long transaction in any database of the server stalls the
 * feed for as long as it runs (our test suite hit this on a shared server). Rule for writers: fire
 * {@code ContentChanged} after taking the row locks the write needs, so that no transaction holding the feed lock ever
 * waits for one that is waiting for it (PostgreSQL would detect the deadlock and fail one of them).
 */
@ApplicationScoped
public class ChangeFeed {

    /** Rows examined per request at most, so that a feed of private changes cannot make an anonymous poll slow. */
    static final int SCAN_WINDOW = 1000;
    /** The advisory lock that orders the feed's inserts ("KiosqFd1"); Kiosque takes no other advisory lock. */
    static final long INSERT_LOCK = 0x4b696f7371466431L;
    private static final String CURSOR_SORT = "changes";
    private static final String CURSOR_FINGERPRINT = "v1";

    private final EntityManager em;

    ChangeFeed(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void record(@Observes ContentChanged changed) {
        // Waits until the writers that took their seq before us have ended, and holds the lock until we end.
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(:key)").setParameter("key", INSERT_LOCK)
                .getSingleResult();
        ContentChange change = new ContentChange();
        change.resourceType = changed.resourceType();
        change.resourceId = changed.id();
        change.slug = changed.slug();
        change.action = changed.action();
        change.occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        change.publicAfter = isPublicAfter(changed);
        em.persist(change);
    }

    /**
     * Sections, authors and tags are public; an article is public while published. An article leaving public view is
     * recorded by the database (table article_withdrawal), which alone knows its status before the transaction.
     */
    static boolean isPublicAfter(ContentChanged changed) {
        if (!"article".equals(changed.resourceType())) {
            return true;
        }
        return changed.representation() instanceof ArticleView view && view.status() == ArticleStatus.PUBLISHED;
    }

    /**
     * The changes after {@code encodedCursor} (from the start when null).
     *
     * @param everything
     *            true for editors: every change; false for anonymous readers: only changes to what they can see
     *            (sections, authors, tags, published articles, and the withdrawal of published articles)
     */
    public ChangePage read(String encodedCursor, int limit, boolean everything) {
        long after = encodedCursor == null ? 0 : decode(encodedCursor);
        int scan = everything ? limit + 1 : SCAN_WINDOW;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.seq, c.resource_type, c.resource_id, c.slug, c.action, c.occurred_at,
                       c.public_after or exists (select 1 from article_withdrawal w
                                                 where w.xid = c.xid and w.article_id = c.resource_id)
                from content_change c
                where c.seq > :after
                order by c.seq
                limit :scan""").setParameter("after", after).setParameter("scan", scan).getResultList();
        List<ChangeView> items = new ArrayList<>();
        long position = after;
        int index = 0;
        for (; index < rows.size() && items.size() < limit; index++) {
            Object[] row = rows.get(index);
            position = ((Number) row[0]).longValue();
            if (everything || Boolean.TRUE.equals(row[6])) {
                items.add(new ChangeView(position, (String) row[1], (UUID) row[2], (String) row[3], (String) row[4],
                        instant(row[5])));
            }
        }
        // More to read: rows left after a full page, or a scan window used up by changes this caller may not see.
        boolean hasMore = index < rows.size() || rows.size() == scan && !everything;
        return new ChangePage(items, encode(position), hasMore);
    }

    /** A timestamptz from a native query, whichever type the driver and Hibernate hand it over as. */
    public static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    /** A place in the feed: after the change numbered {@code seq}. */
    static String encode(long seq) {
        return new Cursor(CURSOR_SORT, CURSOR_FINGERPRINT, List.of(Long.toString(seq))).encode();
    }

    private static long decode(String encoded) {
        Cursor cursor = Cursor.decode(encoded, CURSOR_SORT, CURSOR_FINGERPRINT, 1);
        try {
            long seq = Long.parseLong(cursor.keys().get(0));
            if (seq >= 0) {
                return seq;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalidParameter("cursor", "not a cursor issued by this API");
    }
}
