package io.kiosque.author;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI schema of {@code Page<AuthorView>}: annotations cannot name a generic type, and without a schema a
 * response is documented as any JSON at all.
 */
@Schema(name = "AuthorPage", description = "One page of authors.")
record AuthorPage(@Schema(required = true) List<AuthorView> items,
        @Schema(required = true, nullable = true,
                description = "Opaque cursor for the next page; null on the last page.") String nextCursor) {
}
