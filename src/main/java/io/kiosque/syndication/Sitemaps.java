package io.kiosque.syndication;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.kiosque.article.ArticleStatus;
import io.kiosque.http.ProblemException;
import io.kiosque.http.Problems;

/**
 * Sitemaps for search engines: a Google News sitemap of the last two days, and a sitemap index of one URL set per month
 * of publication, each bounded by the protocol's limits (1,000 news URLs, 50,000 URLs per set).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Sitemaps {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NAMESPACE = "http://www.google.com/schemas/sitemap-news/0.9";
    /** Google News reads articles published in the last two days. */
    static final Duration NEWS_WINDOW = Duration.ofHours(48);
    static final int MAX_NEWS_URLS = 1_000;
    static final int MAX_URLS = 50_000;

    private final EntityManager em;
    private final Site site;

    Sitemaps(EntityManager em, Site site) {
        this.em = em;
        this.site = site;
    }

    record NewsRow(UUID id, String slug, String headline, String language, Instant publishedAt) {
    }

    record UrlRow(String slug, Instant updatedAt) {
    }

    public XmlDocument news() {
        Instant since = Instant.now().minus(NEWS_WINDOW);
        List<NewsRow> rows = em
                .createQuery("select new io.kiosque.syndication.Sitemaps$NewsRow(a.id, a.slug, a.headline, "
                        + "a.language, a.publishedAt) from Article a where a.status = :published and a.publishedAt >= "
                        + ":since "
                        + "order by a.publishedAt desc, a.id desc", NewsRow.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("since", since).setMaxResults(MAX_NEWS_URLS).getResultList();
        XmlWriter xml = new XmlWriter().start("urlset", "xmlns", NAMESPACE, "xmlns:news", NEWS_NAMESPACE);
        for (NewsRow row : rows) {
            xml.start("url").element("loc", site.articleUrl(row.slug())).start("news:news").start("news:publication")
                    .element("news:name", site.publisher().name())
                    .element("news:language", newsLanguage(row.language())).end()
                    .element("news:publication_date", XmlWriter.w3c(row.publishedAt()))
                    .element("news:title", row.headline()).end().end();
        }
        xml.end();
        // Time alone changes this sitemap: it last lost an article when the newest one older than the window aged out.
        Instant agedOut = em.createQuery("select max(a.publishedAt) from Article a where a.status = :published "
                + "and a.publishedAt < :since", Instant.class).setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("since", since).getSingleResult();
        return new XmlDocument(xml.finish(), List.of(), agedOut == null ? null : agedOut.plus(NEWS_WINDOW));
    }

    /** The news sitemap, then one URL set per month with published articles, newest first. */
    public XmlDocument index() {
        @SuppressWarnings("unchecked")
        List<Object[]> months = em.createNativeQuery("select to_char(published_at at time zone 'UTC', 'YYYY-MM'), "
                + "max(updated_at) from article where status = 'published' and published_at is not null "
                + "group by 1 order by 1 desc").setMaxResults(MAX_URLS - 1).getResultList();
        XmlWriter xml = new XmlWriter().start("sitemapindex", "xmlns", NAMESPACE);
        xml.start("sitemap").element("loc", site.url("/sitemap-news.xml")).end();
        for (Object[] month : months) {
            xml.start("sitemap").element("loc", site.url("/sitemaps/articles/" + month[0] + ".xml"))
                    .element("lastmod", XmlWriter.w3c(instant(month[1]))).end();
        }
        return new XmlDocument(xml.end().finish(), List.of(), null);
    }

    /** The articles published in one month (UTC), newest first. */
    public XmlDocument month(String month) {
        YearMonth yearMonth;
        try {
            yearMonth = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw ProblemException.notFound("No sitemap is named '" + Problems.abbreviate(month, 100)
                    + ".xml'; monthly sitemaps are named like 2025-06.xml.");
        }
        Instant from = yearMonth.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = yearMonth.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<UrlRow> rows = em.createQuery("select new io.kiosque.syndication.Sitemaps$UrlRow(a.slug, a.updatedAt) "
                + "from Article a where a.status = :published and a.publishedAt >= :from and a.publishedAt < :to "
                + "order by a.publishedAt desc, a.id desc", UrlRow.class)
                .setParameter("published", ArticleStatus.PUBLISHED).setParameter("from", from).setParameter("to", to)
                .setMaxResults(MAX_URLS).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("No article was published in " + yearMonth + ".");
        }
        XmlWriter xml = new XmlWriter().start("urlset", "xmlns", NAMESPACE);
        for (UrlRow row : rows) {
            xml.start("url").element("loc", site.articleUrl(row.slug()))
                    .element("lastmod", XmlWriter.w3c(row.updatedAt())).end();
        }
        return new XmlDocument(xml.end().finish(), List.of(), null);
    }

    /** Google News wants an ISO 639 code: the primary language subtag, but for zh-cn and zh-tw. */
    static String newsLanguage(String languageTag) {
        String lower = languageTag.toLowerCase(Locale.ROOT);
        if (lower.startsWith("zh-")) {
            return lower.contains("tw") || lower.contains("hant") ? "zh-tw" : "zh-cn";
        }
        int dash = lower.indexOf('-');
        return dash < 0 ? lower : lower.substring(0, dash);
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime offset
                ? offset.toInstant()
                : ((Instant) value).truncatedTo(ChronoUnit.MICROS);
    }
}
