package io.kiosque.client;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.Instant;
import java.util.List;

import io.kiosque.article.ArticleStatus;
import io.kiosque.support.Seed;
import io.kiosque.support.TestContent;
import io.kiosque.tag.Tag;
import io.kiosque.tag.TagType;

/**
 * What the client programs print as they read published content (one "name: value" line per fact), and the content they
 * read beyond the seed article. Every client, whatever generated it, must see the same.
 */
final class ReaderProgram {

    /** A tag on two published articles, the newer first: two pages at one article per page. */
    record TwoPages(Tag tag, String first, String second) {
    }

    private ReaderProgram() {
    }

    static TwoPages twoPagesUnderOneTag(TestContent content) {
        Tag tag = content.tag("Vladivostok", TagType.ORGANISATION, null, null);
        String first = "Première page : « Vladivostok »";
        String second = "Seconde page : l'Extrême-Orient russe";
        content.article(first, ArticleStatus.PUBLISHED, Instant.now().minusSeconds(60), null, List.of(), List.of(tag));
        content.article(second, ArticleStatus.PUBLISHED, Instant.now().minusSeconds(120), null, List.of(),
                List.of(tag));
        return new TwoPages(tag, first, second);
    }

    /** The seed article read by slug, accents, quotes and all, and a first page of the latest articles. */
    static void assertReadsTheSeedAndLists(List<String> output) {
        assertThat(output, hasItems("headline: " + Seed.HEADLINE, "section: " + Seed.SECTION, "tags: " + Seed.TAGS,
                "author: " + Seed.AUTHOR + ", " + Seed.AUTHOR_BIO));
        assertThat(output, hasItem(matchesPattern("latest: .+")));
    }

    /** As above, then both pages under the tag, the tag itself, and an unknown article's problem document. */
    static void assertReadsPublishedContent(List<String> output, TwoPages pages) {
        assertReadsTheSeedAndLists(output);
        assertThat(output, hasItems("page 1: " + pages.first(), "page 2: " + pages.second(), "after page 2: null",
                "tag: Vladivostok (organisation)", "unknown article: 404 Not Found"));
    }
}
