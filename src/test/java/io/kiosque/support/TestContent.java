package io.kiosque.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.kiosque.article.Article;
import io.kiosque.article.ArticleStatus;
import io.kiosque.article.ArticleText;
import io.kiosque.article.Block;
import io.kiosque.author.Author;
import io.kiosque.caching.ResponseCache;
import io.kiosque.section.Section;
import io.kiosque.tag.Tag;
import io.kiosque.tag.TagType;

/**
 * Writes test content straight to the database, each item with unique slugs so test classes never collide. Such writes
 * bypass the services and their events, so each one also empties the response cache.
 */
@ApplicationScoped
public class TestContent {

    @Inject
    EntityManager em;
    @Inject
    ResponseCache cache;

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Transactional
    public Section section(String name, Section parent) {
        Section section = new Section();
        section.id = UUID.randomUUID();
        section.slug = unique("section");
        section.name = name;
        section.parent = parent == null ? null : em.find(Section.class, parent.id);
        section.createdAt = now();
        section.updatedAt = section.createdAt;
        em.persist(section);
        cache.clear();
        return section;
    }

    @Transactional
    public Author author(String name) {
        Author author = new Author();
        author.id = UUID.randomUUID();
        author.slug = unique("author");
        author.name = name;
        author.bio = "Bio de " + name;
        author.email = author.slug + "@redaction.example";
        author.createdAt = now();
        author.updatedAt = author.createdAt;
        em.persist(author);
        cache.clear();
        return author;
    }

    @Transactional
    public Tag tag(String name, TagType type, String isoCode, String wikidataId) {
        Tag tag = new Tag();
        tag.id = UUID.randomUUID();
        tag.slug = unique("tag");
        tag.name = name;
        tag.type = type;
        tag.isoCode = isoCode;
        tag.wikidataId = wikidataId;
        tag.createdAt = now();
        tag.updatedAt = tag.createdAt;
        em.persist(tag);
        cache.clear();
        return tag;
    }

    /** An article in the given state, published at the given instant (null for drafts). */
    @Transactional
    public Article article(String headline, ArticleStatus status, Instant publishedAt, Section section,
            List<Author> authors, List<Tag> tags) {
        Article article = new Article();
        article.id = UUID.randomUUID();
        article.slug = unique("article");
        article.headline = headline;
        article.standfirst = "Chapô de " + headline;
        article.body = new ArrayList<>(List.of(new Block.Paragraph("Un paragraphe de test pour " + headline + ".")));
        article.language = "fr";
        article.section = section == null ? null : em.find(Section.class, section.id);
        article.authors = new ArrayList<>(authors.stream().map(a -> em.find(Author.class, a.id)).toList());
        article.tags = new ArrayList<>(tags.stream().map(t -> em.find(Tag.class, t.id)).toList());
        article.status = status;
        article.createdAt = now();
        article.updatedAt = article.createdAt;
        article.publishedAt = publishedAt == null ? null : publishedAt.truncatedTo(ChronoUnit.MICROS);
        article.firstPublishedAt = article.publishedAt;
        ArticleText.derive(article);
        em.persist(article);
        cache.clear();
        return article;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
