package io.kiosque.article;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI schema of {@code Page<RevisionSummary>}: annotations cannot name a generic type, and without a schema a
 * response is documented as any JSON at all.
 */
@Schema(name = "RevisionPage", description = "An article's revisions, newest first, all in one page.")
record RevisionPage(@Schema(required = true) List<RevisionSummary> items,
        @Schema(required = true, nullable = true,
                description = "Always null: every revision is in the page.") String nextCursor) {
}
