package io.kiosque.tag;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI schema of {@code Page<TagView>}: annotations cannot name a generic type, and without a schema a response
 * is documented as any JSON at all.
 */
@Schema(name = "TagPage", description = "One page of tags.")
record TagPage(@Schema(required = true) List<TagView> items,
        @Schema(required = true, nullable = true,
                description = "Opaque cursor for the next page; null on the last page.") String nextCursor) {
}
