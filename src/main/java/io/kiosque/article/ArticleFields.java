package io.kiosque.article;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kiosque.http.openapi.OpenApiConventions;

/**
 * The schemas of sparse article reads (getArticleFields, listArticleFields): the names {@code fields} may list, as
 * FieldSelection validates them (a test keeps the two in step), and partial copies of Article and ArticleSummary in
 * which no field is required, derived in the document from the full ones.
 */
final class ArticleFields {

    static final String EXAMPLE = "[\"slug\",\"headline\",\"standfirst\",\"publishedAt\"]";

    @Schema(name = "ArticleField", type = SchemaType.STRING, description = "A top-level field of Article.",
            enumeration = {
                    "id", "slug", "headline", "standfirst", "body", "leadImage", "language", "section", "authors",
                    "tags",
                    "status", "createdAt", "updatedAt", "publishedAt", "firstPublishedAt", "wordCount",
                    "readingTimeMinutes",
                    "seoTitle", "seoDescription", "version"})
    static final class ArticleField {
    }

    @Schema(name = "ArticleSummaryField", type = SchemaType.STRING,
            description = "A top-level field of ArticleSummary.", enumeration = {
                    "id", "slug", "headline", "standfirst", "leadImage", "language", "section", "authors", "tags",
                    "status",
                    "publishedAt", "updatedAt", "wordCount", "readingTimeMinutes", "snippet"})
    static final class SummaryField {
    }

    @Schema(name = "ArticleFields", description = "The fields of an Article that `fields` named, and only those.",
            extensions = @Extension(name = OpenApiConventions.PARTIAL_OF, value = "Article"))
    static final class Partial {
    }

    @Schema(name = "ArticleSummaryFields",
            description = "The fields of an ArticleSummary that `fields` named, and only those.",
            extensions = @Extension(name = OpenApiConventions.PARTIAL_OF, value = "ArticleSummary"))
    static final class PartialSummary {
    }

    @Schema(name = "ArticleSummaryFieldsPage", description = "One page of articles, each with the named fields only.")
    record PartialSummaryPage(@Schema(required = true) List<PartialSummary> items,
            @Schema(required = true, nullable = true,
                    description = "Opaque cursor for the next page; null on the last page.") String nextCursor) {
    }

    private ArticleFields() {
    }
}
