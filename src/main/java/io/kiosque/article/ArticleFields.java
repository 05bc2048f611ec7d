package io.kiosque.article;

/**
 * The documentation of {@code fields=} on article reads: the top-level fields of each representation, as FieldSelection
 * validates them (a test keeps the two in step).
 */
final class ArticleFields {

    private static final String SELECT = "Comma-separated top-level fields to return, in any order; the others are left out (and the ETag is of what is sent). Unknown names are a 400. ";

    static final String VIEW = SELECT
            + "Allowed: id, slug, headline, standfirst, body, leadImage, language, section, authors, tags, status, createdAt, updatedAt, publishedAt, firstPublishedAt, wordCount, readingTimeMinutes, seoTitle, seoDescription, version. JSON only (not with application/ld+json).";

    static final String SUMMARY = SELECT
            + "Applies to each item; `nextCursor` is always sent. Allowed: id, slug, headline, standfirst, leadImage, language, section, authors, tags, status, publishedAt, updatedAt, wordCount, readingTimeMinutes, snippet.";

    static final String EXAMPLE = "slug,headline,standfirst,publishedAt";

    private ArticleFields() {
    }
}
