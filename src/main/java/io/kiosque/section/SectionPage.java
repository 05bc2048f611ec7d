package io.kiosque.section;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI schema of {@code Page<SectionView>}: annotations cannot name a generic type, and without a schema a
 * response is documented as any JSON at all.
 */
@Schema(name = "SectionPage", description = "One page of sections.")
record SectionPage(@Schema(required = true) List<SectionView> items,
        @Schema(required = true, nullable = true,
                description = "Opaque cursor for the next page; null on the last page.") String nextCursor) {
}
