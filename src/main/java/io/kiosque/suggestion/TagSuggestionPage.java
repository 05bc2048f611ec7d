package io.kiosque.suggestion;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI schema of {@code Page<TagSuggestion>}: annotations cannot name a generic type, and without a schema a
 * response is documented as any JSON at all.
 */
@Schema(name = "TagSuggestionPage", description = "Tag suggestions, most mentioned first, all in one page.")
record TagSuggestionPage(@Schema(required = true) List<TagSuggestion> items,
        @Schema(required = true, nullable = true,
                description = "Always null: every suggestion is in the page.") String nextCursor) {
}
