package io.kiosque.syndication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.kiosque.article.ArticleFilter;
import io.kiosque.article.ArticleService;
import io.kiosque.article.ArticleSort;
import io.kiosque.article.ArticleSummary;
import io.kiosque.author.Author;
import io.kiosque.author.AuthorRef;
import io.kiosque.author.AuthorRepository;
import io.kiosque.content.SlugHistory;
import io.kiosque.content.SluggedEntity;
import io.kiosque.http.Cacheable;
import io.kiosque.http.MovedPermanently;
import io.kiosque.http.Page;
import io.kiosque.http.ProblemException;
import io.kiosque.http.Problems;
import io.kiosque.section.Section;
import io.kiosque.section.SectionRepository;
import io.kiosque.tag.Tag;
import io.kiosque.tag.TagRef;
import io.kiosque.tag.TagRepository;

/** RSS 2.0 feeds of the latest published articles: all of them, or one section's, tag's or author's. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Feeds {

    /** Feed readers want the latest news, not an archive. */
    static final int SIZE = 50;

    private final ArticleService articles;
    private final SectionRepository sections;
    private final TagRepository tags;
    private final AuthorRepository authors;
    private final SlugHistory slugs;
    private final Site site;

    Feeds(ArticleService articles, SectionRepository sections, TagRepository tags, AuthorRepository authors,
            SlugHistory slugs, Site site) {
        this.articles = articles;
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.slugs = slugs;
        this.site = site;
    }

    public XmlDocument all() {
        return rss(site.publisher().name(), site.url(""), "Les derniers articles de " + site.publisher().name() + ".",
                "/feeds/rss.xml", null, null, null, List.of());
    }

    public XmlDocument section(String slug) {
        Section section = find(slug, "section", Section.class, sections::findByIdOrSlug);
        return rss(site.publisher().name() + " — " + section.name, site.sectionUrl(section.slug),
                Objects.requireNonNullElse(section.description,
                        "Les derniers articles de la rubrique " + section.name + "."),
                "/feeds/sections/" + section.slug + "/rss.xml", section.slug, null, null,
                List.of(Cacheable.key("section", section.id)));
    }

    public XmlDocument tag(String slug) {
        Tag tag = find(slug, "tag", Tag.class, tags::findByIdOrSlug);
        return rss(site.publisher().name() + " — " + tag.name, site.tagUrl(tag.slug),
                Objects.requireNonNullElse(tag.description, "Les derniers articles sur " + tag.name + "."),
                "/feeds/tags/" + tag.slug + "/rss.xml", null, tag.slug, null, List.of(Cacheable.key("tag", tag.id)));
    }

    public XmlDocument author(String slug) {
        Author author = find(slug, "author", Author.class, authors::findByIdOrSlug);
        return rss(site.publisher().name() + " — " + author.name, site.authorUrl(author.slug),
                "Les derniers articles de " + author.name + ".", "/feeds/authors/" + author.slug + "/rss.xml", null,
                null, author.slug, List.of(Cacheable.key("author", author.id)));
    }

    private <T extends SluggedEntity> T find(String slug, String kind, Class<T> type,
            Function<String, Optional<T>> finder) {
        Optional<T> found = finder.apply(slug);
        if (found.isPresent()) {
            return found.get();
        }
        Optional<UUID> moved = slugs.redirectTarget(type, slug);
        if (moved.isPresent()) {
            T current = finder.apply(moved.get().toString()).orElseThrow();
            throw new MovedPermanently(slug, current.slug);
        }
        throw ProblemException.notFound("No " + kind + " has the slug '" + Problems.abbreviate(slug, 100) + "'.");
    }

    private XmlDocument rss(String title, String link, String description, String selfPath, String section,
            String tag, String author, List<String> keys) {
        ArticleFilter filter = new ArticleFilter(ArticleService.PUBLIC_STATUSES, section, author,
                tag == null ? List.of() : List.of(tag), null, null, null, null, ArticleSort.NEWEST_PUBLISHED, SIZE,
                null, null, null);
        Page<ArticleSummary> page = articles.list(filter);

        XmlWriter xml = new XmlWriter().start("rss", "version", "2.0", "xmlns:atom", "http://www.w3.org/2005/Atom",
                "xmlns:dc", "http://purl.org/dc/elements/1.1/").start("channel");
        xml.element("title", title).element("link", link).element("description", description);
        xml.empty("atom:link", "href", site.url(selfPath), "rel", "self", "type", XmlDocument.RSS);
        // Derived from the items, not from the clock, so that an unchanged feed keeps its bytes and its ETag.
        page.items().stream().map(ArticleSummary::updatedAt).max(Instant::compareTo)
                .ifPresent(updated -> xml.element("lastBuildDate", XmlWriter.rfc822(updated)));
        for (ArticleSummary article : page.items()) {
            xml.start("item").element("title", article.headline()).element("link", site.articleUrl(article.slug()))
                    .element("guid", "urn:uuid:" + article.id(), "isPermaLink", "false")
                    .element("description", article.standfirst())
                    .element("pubDate", XmlWriter.rfc822(article.publishedAt()));
            for (AuthorRef byline : article.authors()) {
                xml.element("dc:creator", byline.name());
            }
            if (article.section() != null) {
                xml.element("category", article.section().name(), "domain", site.sectionUrl(article.section().slug()));
            }
            for (TagRef subject : article.tags()) {
                xml.element("category", subject.name(), "domain", site.tagUrl(subject.slug()));
            }
            xml.element("dc:language", article.language());
            xml.end();
        }
        xml.end().end();
        List<String> cacheKeys = new ArrayList<>(keys);
        cacheKeys.addAll(page.cacheKeys());
        return new XmlDocument(xml.finish(), cacheKeys, null);
    }

}
