package io.kiosque.article;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.kiosque.content.SlugHistory;
import io.kiosque.http.MovedPermanently;
import io.kiosque.http.ProblemException;
import io.kiosque.http.Problems;
import io.kiosque.http.Representations;
import io.kiosque.security.Caller;
import io.kiosque.security.Role;

/**
 * Who may see and change which article: the lookups every read and write starts with, and the rules they enforce. What
 * a caller may not see answers 404, as if it did not exist; what it may see but not change answers 403.
 */
@ApplicationScoped
class ArticleAccess {

    private final ArticleRepository articles;
    private final SlugHistory slugs;
    private final Representations representations;

    ArticleAccess(ArticleRepository articles, SlugHistory slugs, Representations representations) {
        this.articles = articles;
        this.slugs = slugs;
        this.representations = representations;
    }

    /** An article as this caller may see it; a former slug answers with a redirect to the current one. */
    Article readable(String idOrSlug, Caller caller) {
        Optional<Article> found = articles.findWithSection(idOrSlug);
        if (found.isEmpty()) {
            UUID target = slugs.redirectTarget(Article.class, idOrSlug).orElse(null);
            Article moved = target == null ? null : articles.findById(target);
            if (moved != null && canRead(moved, caller)) {
                throw new MovedPermanently(idOrSlug, moved.slug);
            }
            throw notFound(idOrSlug);
        }
        if (!canRead(found.get(), caller)) {
            throw notFound(idOrSlug);
        }
        return found.get();
    }

    /** Loads and locks the article; 404 for what the caller may not even see. */
    Article lockForWrite(String idOrSlug, Caller caller) {
        Article article = articles.findForUpdate(idOrSlug)
                .or(() -> slugs.redirectTarget(Article.class, idOrSlug)
                        .flatMap(id -> articles.findForUpdate(id.toString())))
                .orElseThrow(() -> notFound(idOrSlug));
        if (!canRead(article, caller)) {
            throw notFound(idOrSlug);
        }
        return article;
    }

    /** Locked, the caller's to edit, and unchanged since the version the caller read. */
    Article editable(String idOrSlug, String ifMatch, Caller caller) {
        Article article = lockForWrite(idOrSlug, caller);
        requireEditRights(article, caller);
        requireMatch(ifMatch, article);
        return article;
    }

    /** 412 unless {@code ifMatch} names the article's current representation. */
    void requireMatch(String ifMatch, Article article) {
        representations.requireMatch(ifMatch, ArticleMapper.toView(article), "article");
    }

    /**
     * The id of an article this caller may hand out preview links for: the articles it may edit (editors: all;
     * contributors: their own drafts). 404 for what it may not see, 403 for what it may see but not edit.
     */
    UUID previewable(String idOrSlug, Caller caller) {
        Article article = readable(idOrSlug, caller);
        requireEditRights(article, caller);
        return article.id;
    }

    /**
     * The one article a preview link unlocks, whatever its status; any other article is refused (403), even a published
     * one, so that a link never reads as a key to more than its article.
     */
    Article unlockedBy(String idOrSlug, UUID unlocked) {
        Optional<Article> found = articles.findWithSection(idOrSlug);
        if (found.isPresent() && found.get().id.equals(unlocked)) {
            return found.get();
        }
        if (found.isEmpty() && slugs.redirectTarget(Article.class, idOrSlug).filter(unlocked::equals).isPresent()) {
            throw new MovedPermanently(idOrSlug, articles.findById(unlocked).slug);
        }
        throw new ProblemException(403, "forbidden", "Forbidden",
                "This preview link is for another article; it unlocks only the article it was made for.", null);
    }

    private static void requireEditRights(Article article, Caller caller) {
        if (!mayEdit(article, caller)) {
            throw new ProblemException(403, "forbidden", "Forbidden",
                    "Contributors may edit only their own drafts; this article is "
                            + (owns(article, caller) ? article.status.wireName() : "not theirs") + ".",
                    null);
        }
    }

    static void requireRole(Caller caller, Role role, String what) {
        if (!caller.has(role)) {
            throw new ProblemException(403, "forbidden", "Forbidden",
                    "Only " + role.wireName() + "s and admins may " + what + ".", null);
        }
    }

    /** Editors may edit any article, contributors their own drafts. */
    static boolean mayEdit(Article article, Caller caller) {
        return caller.has(Role.EDITOR) || article.status == ArticleStatus.DRAFT && owns(article, caller);
    }

    private static boolean canRead(Article article, Caller caller) {
        return article.status == ArticleStatus.PUBLISHED || caller.has(Role.EDITOR)
                || caller.has(Role.CONTRIBUTOR) && owns(article, caller);
    }

    /** A contributor's own articles: the ones its token created, or signed by the author it writes as. */
    private static boolean owns(Article article, Caller caller) {
        if (caller.tokenId() != null && caller.tokenId().equals(article.createdBy)) {
            return true;
        }
        return caller.authorId() != null
                && article.authors.stream().anyMatch(author -> author.id.equals(caller.authorId()));
    }

    private static ProblemException notFound(String idOrSlug) {
        return ProblemException
                .notFound("No article you may see has the id or slug '" + Problems.abbreviate(idOrSlug, 100) + "'.");
    }
}
