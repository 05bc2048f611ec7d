package io.kiosque.article;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI schema of a page of {@link ArticleSummary}: what {@code Page<ArticleSummary>} serialises to. Annotations
 * cannot name a generic type, and without a schema generated clients type the list as an empty object.
 */
@Schema(name = "ArticlePage", description = "One page of articles.")
record ArticlePage(@Schema(required = true) List<ArticleSummary> items,
        @Schema(required = true, nullable = true,
                description = "Opaque cursor for the next page; null on the last page.") String nextCursor) {
}
