package io.kiosque.syndication;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The public website that shows Kiosque's content: feeds, sitemaps and JSON-LD link to its pages, never to the API.
 * Paths are patterns in which {@code {slug}} is replaced.
 */
@ConfigMapping(prefix = "kiosque.site")
public interface Site {

    /** e.g. {@code https://www.kiosque.example}, without a trailing slash. */
    String baseUrl();

    @WithDefault("/articles/{slug}")
    String articlePath();

    @WithDefault("/authors/{slug}")
    String authorPath();

    @WithDefault("/sections/{slug}")
    String sectionPath();

    @WithDefault("/tags/{slug}")
    String tagPath();

    /** The publisher: the schema.org Organization of JSON-LD, the publication of the news sitemap, the feeds' title. */
    Publisher publisher();

    interface Publisher {

        @WithDefault("Kiosque")
        String name();

        /** An absolute URL of the publisher's logo, for JSON-LD. */
        Optional<String> logoUrl();
    }

    default String articleUrl(String slug) {
        return url(articlePath(), slug);
    }

    default String authorUrl(String slug) {
        return url(authorPath(), slug);
    }

    default String sectionUrl(String slug) {
        return url(sectionPath(), slug);
    }

    default String tagUrl(String slug) {
        return url(tagPath(), slug);
    }

    /** An absolute URL on the site for a path such as {@code /feeds/rss.xml}. */
    default String url(String path) {
        return baseUrl().replaceAll("/+$", "") + path;
    }

    private String url(String pattern, String slug) {
        // Slugs are lowercase ASCII with hyphens: nothing to encode.
        return url(pattern.replace("{slug}", slug));
    }
}
