package io.kiosque.syndication;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;

import io.kiosque.article.ArticleView;
import io.kiosque.article.LeadImage;
import io.kiosque.search.FrenchText;
import io.kiosque.tag.TagRef;

/** An article as a schema.org {@code NewsArticle} in JSON-LD, the structured data search engines read. */
@ApplicationScoped
public class JsonLd {

    public static final String MEDIA_TYPE_NAME = "application/ld+json";
    static final MediaType MEDIA_TYPE = MediaType.valueOf(MEDIA_TYPE_NAME);
    static final String WIKIDATA = "https://www.wikidata.org/wiki/";

    private final Site site;

    JsonLd(Site site) {
        this.site = site;
    }

    public NewsArticle newsArticle(ArticleView article) {
        String url = site.articleUrl(article.slug());
        LeadImage lead = article.leadImage();
        NewsArticle.ImageObject image = lead == null || lead.url() == null
                ? null
                : new NewsArticle.ImageObject(lead.url(), lead.caption(), lead.credit());
        List<NewsArticle.Thing> authors = article.authors().stream()
                .map(author -> NewsArticle.Thing.of("Person", author.name(), site.authorUrl(author.slug())))
                .toList();
        NewsArticle.Thing publisher = new NewsArticle.Thing("Organization", site.publisher().name(), site.url(""),
                null, null, site.publisher().logoUrl().map(logo -> new NewsArticle.ImageObject(logo, null, null))
                        .orElse(null));
        List<NewsArticle.Thing> about = new ArrayList<>();
        List<NewsArticle.Thing> mentions = new ArrayList<>();
        String lede = FrenchText
                .fold(article.headline() + " \n " + (article.standfirst() == null ? "" : article.standfirst()));
        for (TagRef tag : article.tags()) {
            (names(lede, tag.name()) ? about : mentions).add(entity(tag));
        }
        if (about.isEmpty()) {
            // Tags are what the article is about; those its headline and standfirst name come first.
            about.addAll(mentions);
            mentions.clear();
        }
        return new NewsArticle("https://schema.org", "NewsArticle", url, url,
                new NewsArticle.WebPage("WebPage", url), article.headline(), article.standfirst(), image,
                article.firstPublishedAt() != null ? article.firstPublishedAt() : article.publishedAt(),
                article.updatedAt(), article.language(), article.section() == null ? null : article.section().name(),
                article.wordCount(), authors, publisher, about.isEmpty() ? null : about,
                mentions.isEmpty() ? null : mentions, article.id().toString());
    }

    /** About or mentioned: the headline and standfirst name it as a whole word, accents and case aside. */
    private static boolean names(String foldedLede, String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(FrenchText.fold(name)) + "(?![\\p{L}\\p{N}])")
                .matcher(foldedLede).find();
    }

    private NewsArticle.Thing entity(TagRef tag) {
        String type = switch (tag.type()) {
            case PERSON -> "Person";
            case COUNTRY -> "Country";
            case ORGANISATION -> "Organization";
        };
        return new NewsArticle.Thing(type, tag.name(), site.tagUrl(tag.slug()),
                tag.wikidataId() == null ? null : WIKIDATA + tag.wikidataId(), tag.isoCode(), null);
    }
}
