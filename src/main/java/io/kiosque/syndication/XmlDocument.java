package io.kiosque.syndication;

import java.time.Instant;
import java.util.List;

import io.kiosque.http.Cacheable;
import io.kiosque.http.Rendered;

/**
 * An XML document (feed, sitemap) rendered to UTF-8 bytes, with what HTTP caching needs to cache it.
 *
 * @param lastModified
 *            a Last-Modified later than the content clock when time alone changes the document, else null
 */
public record XmlDocument(byte[] bytes, List<String> cacheKeys, Instant lastModified) implements Cacheable, Rendered {

    public static final String RSS = "application/rss+xml";
    public static final String XML = "application/xml";

    /** Feeds and sitemaps list whatever is public now. */
    @Override
    public boolean collection() {
        return true;
    }
}
