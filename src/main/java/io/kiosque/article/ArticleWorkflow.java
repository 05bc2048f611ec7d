package io.kiosque.article;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.kiosque.http.ProblemException;
import io.kiosque.security.Caller;
import io.kiosque.security.Role;

/**
 * The publishing workflow: draft, scheduled, published, archived. Editors move articles between states; the scheduler
 * publishes what is due. Each transition is recorded as a revision, like any other change.
 */
@ApplicationScoped
@Transactional
public class ArticleWorkflow {

    private final ArticleRepository articles;
    private final ArticleAccess access;
    private final ArticleRevisions revisions;

    ArticleWorkflow(ArticleRepository articles, ArticleAccess access, ArticleRevisions revisions) {
        this.articles = articles;
        this.access = access;
        this.revisions = revisions;
    }

    /** Publishes now, or schedules when {@code at} is in the future. */
    public ArticleView publish(String idOrSlug, Instant at, String ifMatch, Caller caller) {
        Article article = target(idOrSlug, ifMatch, caller, "publish articles");
        Instant now = ArticleClock.now();
        if (at != null && at.isAfter(now)) {
            if (article.status == ArticleStatus.PUBLISHED) {
                throw ProblemException.conflict("The article is published; unpublish it before scheduling it.");
            }
            article.status = ArticleStatus.SCHEDULED;
            article.publishedAt = at.truncatedTo(ChronoUnit.MICROS);
            article.updatedAt = now;
            return revisions.record(article, "scheduled", caller);
        }
        if (article.status == ArticleStatus.PUBLISHED) {
            throw ProblemException.conflict("The article is already published.");
        }
        goLive(article, now, now);
        return revisions.record(article, "published", caller);
    }

    public ArticleView unpublish(String idOrSlug, String ifMatch, Caller caller) {
        Article article = target(idOrSlug, ifMatch, caller, "unpublish articles");
        if (article.status != ArticleStatus.PUBLISHED && article.status != ArticleStatus.SCHEDULED) {
            throw ProblemException.conflict("Only a published or scheduled article can be unpublished; this one is "
                    + article.status.wireName() + ".");
        }
        article.status = ArticleStatus.DRAFT;
        article.publishedAt = null;
        article.updatedAt = ArticleClock.now();
        return revisions.record(article, "unpublished", caller);
    }

    public ArticleView archive(String idOrSlug, String ifMatch, Caller caller) {
        Article article = target(idOrSlug, ifMatch, caller, "archive articles");
        if (article.status == ArticleStatus.ARCHIVED) {
            throw ProblemException.conflict("The article is already archived.");
        }
        article.status = ArticleStatus.ARCHIVED;
        article.updatedAt = ArticleClock.now();
        return revisions.record(article, "archived", caller);
    }

    /**
     * Publishes the scheduled articles whose time has come, at most {@code batchSize}; returns how many. Each is
     * claimed by one instance only (see {@link ArticleRepository#claimDueForPublication}), so it goes live once.
     */
    public int publishDue(int batchSize) {
        List<UUID> due = articles.claimDueForPublication(batchSize);
        Caller scheduler = new Caller(null, "scheduler", Role.ADMIN, null);
        for (UUID id : due) {
            Article article = articles.findById(id);
            goLive(article, article.publishedAt, ArticleClock.now());
            revisions.record(article, "published", scheduler);
        }
        return due.size();
    }

    /** Locked, and only editors may move it; If-Match is optional on workflow actions, but honoured when sent. */
    private Article target(String idOrSlug, String ifMatch, Caller caller, String what) {
        Article article = access.lockForWrite(idOrSlug, caller);
        ArticleAccess.requireRole(caller, Role.EDITOR, what);
        if (ifMatch != null) {
            access.requireMatch(ifMatch, article);
        }
        return article;
    }

    /**
     * publishedAt is when the current publication went live (the planned time for a scheduled one); firstPublishedAt is
     * set at the first publication and never changes.
     */
    private static void goLive(Article article, Instant publishedAt, Instant now) {
        article.status = ArticleStatus.PUBLISHED;
        article.publishedAt = publishedAt;
        if (article.firstPublishedAt == null) {
            article.firstPublishedAt = publishedAt;
        }
        article.updatedAt = now;
    }
}
