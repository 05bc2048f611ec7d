package io.kiosque.search;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.kiosque.article.Article;
import io.kiosque.article.ArticleStatus;
import io.kiosque.article.ArticleText;
import io.kiosque.article.Block;
import io.kiosque.caching.ResponseCache;
import io.kiosque.section.Section;
import io.kiosque.support.TestContent;
import io.kiosque.tag.Tag;

/** Articles with chosen text, for search tests. */
@ApplicationScoped
public class SearchContent {

    @Inject
    TestContent content;

    @Inject
    EntityManager em;

    /** These writes bypass the services' events, so they empty the response cache themselves. */
    @Inject
    ResponseCache cache;

    /** Published now unless a draft; the body is one paragraph per string. */
    @Transactional
    public Article article(String headline, String standfirst, ArticleStatus status, Section section, List<Tag> tags,
            String... paragraphs) {
        Instant publishedAt = status == ArticleStatus.DRAFT ? null : Instant.now().truncatedTo(ChronoUnit.MICROS);
        Article article = em.find(Article.class,
                content.article(headline, status, publishedAt, section, List.of(), tags).id);
        article.standfirst = standfirst;
        article.body = new ArrayList<>(List.of(paragraphs).stream().<Block>map(Block.Paragraph::new).toList());
        ArticleText.derive(article);
        cache.clear();
        return article;
    }

    /** Renames a tag, as an editor would. */
    @Transactional
    public void renameTag(Tag tag, String name, List<String> aliases) {
        Tag managed = em.find(Tag.class, tag.id);
        managed.name = name;
        managed.aliases = new ArrayList<>(aliases);
        cache.clear();
    }

    /** Replaces an article's tags. */
    @Transactional
    public void retag(Article article, List<Tag> tags) {
        Article managed = em.find(Article.class, article.id);
        managed.tags = new ArrayList<>(tags.stream().map(t -> em.find(Tag.class, t.id)).toList());
        cache.clear();
    }
}
