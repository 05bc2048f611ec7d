package io.kiosque.article;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.kiosque.author.AuthorRef;
import io.kiosque.common.Page;
import io.kiosque.section.SectionRef;
import io.kiosque.tag.TagRef;

/**
 * Articles: the rules of reading them (who sees what) and, later, of writing them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleService {

    public static final Set<ArticleStatus> PUBLIC_STATUSES = Set.of(ArticleStatus.PUBLISHED);

    private final ArticleRepository articles;

    ArticleService(ArticleRepository articles) {
        this.articles = articles;
    }

    public Page<ArticleSummary> list(ArticleFilter filter) {
        return articles.list(filter);
    }

    /** A published article as anonymous readers see it. */
    public Optional<ArticleView> findPublished(String idOrSlug) {
        return articles.findWithSection(idOrSlug, PUBLIC_STATUSES).map(this::toView);
    }

    ArticleView toView(Article article) {
        List<UUID> ids = List.of(article.id);
        List<AuthorRef> authors = articles.authorsOf(ids).getOrDefault(article.id, List.of());
        List<TagRef> tags = articles.tagsOf(ids).getOrDefault(article.id, List.of());
        SectionRef section = article.section == null
                ? null
                : new SectionRef(article.section.id, article.section.slug, article.section.name);
        return new ArticleView(article.id, article.slug, article.headline, article.standfirst, article.body,
                article.leadImage, article.language, section, authors, tags, article.status, article.createdAt,
                article.updatedAt, article.publishedAt, article.firstPublishedAt, article.wordCount,
                article.readingTimeMinutes, article.seoTitle, article.seoDescription, article.version);
    }
}
