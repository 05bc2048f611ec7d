package io.kiosque.delivery;

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
import io.kiosque.common.ContentChanged;
import io.kiosque.common.Cursor;
import io.kiosque.common.ProblemException;

/**
 * The change feed: every change to every resource, recorded in the writer's transaction and served in commit order to
 * clients that follow an opaque cursor.
 *
 * <p>
 * <b>Why (xid, seq) and the snapshot horizon.</b> A sequence number is taken when a row is inserted, not when its
 * transaction commits: the transaction holding seq 10 may commit after the one holding seq 11, and a reader that had
 * already moved past 11 would never see 10. So each row also records its transaction id ({@code pg_current_xact_id()},
 * an xid8 that never wraps), and a reader only serves rows whose transaction id is below the xmin of its own snapshot:
 * every transaction below that horizon has ended, and every transaction that has not written yet will get a higher id.
 * The rows below the horizon are therefore final: no row can ever be added among them, and serving them in (xid, seq)
 * order means a later read only ever appends. The price is latency, not correctness: a change appears once every
 * writing transaction older than it has ended, so a long-running writer anywhere in the database holds the feed back
 * while it runs. We chose this over a transaction-level advisory lock around the inserts (exact commit order) because
 * that lock would serialise every content write from its event to its commit, and deadlock with writes that take row
 * locks after their event.
 */
@ApplicationScoped
public class ChangeFeed {

    /** Rows examined per request at most, so that a feed of private changes cannot make an anonymous poll slow. */
    static final int SCAN_WINDOW = 1000;
    private static final String CURSOR_SORT = "changes";
    private static final String CURSOR_FINGERPRINT = "v1";

    private final EntityManager em;

    ChangeFeed(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void record(@Observes ContentChanged changed) {
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
        Position after = encodedCursor == null ? Position.START : Position.decode(encodedCursor);
        int scan = everything ? limit + 1 : SCAN_WINDOW;
        // One statement, so the horizon and the rows come from the same snapshot.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.seq, cast(c.xid as text), c.resource_type, c.resource_id, c.slug, c.action, c.occurred_at,
                       c.public_after or exists (select 1 from article_withdrawal w
                                                 where w.xid = c.xid and w.article_id = c.resource_id)
                from content_change c
                where c.xid < pg_snapshot_xmin(pg_current_snapshot())
                  and (c.xid, c.seq) > (cast(:xid as xid8), :seq)
                order by c.xid, c.seq
                limit :scan""").setParameter("xid", Long.toString(after.xid())).setParameter("seq", after.seq())
                .setParameter("scan", scan).getResultList();
        List<ChangeView> items = new ArrayList<>();
        Position position = after;
        int index = 0;
        for (; index < rows.size() && items.size() < limit; index++) {
            Object[] row = rows.get(index);
            position = new Position(Long.parseLong((String) row[1]), ((Number) row[0]).longValue());
            if (everything || Boolean.TRUE.equals(row[7])) {
                items.add(new ChangeView(position.seq(), (String) row[2], (UUID) row[3], (String) row[4],
                        (String) row[5], instant(row[6])));
            }
        }
        // More to read: rows left after a full page, or a scan window used up by changes this caller may not see.
        boolean hasMore = index < rows.size() || rows.size() == scan && !everything;
        return new ChangePage(items, position.encode(), hasMore);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    /** A place in the feed: after the change (xid, seq). */
    record Position(long xid, long seq) {

        static final Position START = new Position(0, 0);

        String encode() {
            return new Cursor(CURSOR_SORT, CURSOR_FINGERPRINT, List.of(Long.toString(xid), Long.toString(seq)))
                    .encode();
        }

        static Position decode(String encoded) {
            Cursor cursor = Cursor.decode(encoded, CURSOR_SORT, CURSOR_FINGERPRINT, 2);
            try {
                long xid = Long.parseLong(cursor.keys().get(0));
                long seq = Long.parseLong(cursor.keys().get(1));
                if (xid >= 0 && seq >= 0) {
                    return new Position(xid, seq);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw ProblemException.invalidParameter("cursor", "not a cursor issued by this API");
        }
    }
}
