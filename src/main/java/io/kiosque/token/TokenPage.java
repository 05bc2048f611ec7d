package io.kiosque.token;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI schema of {@code Page<TokenView>}: annotations cannot name a generic type, and without a schema a
 * response is documented as any JSON at all.
 */
@Schema(name = "TokenPage", description = "Every token, revoked ones included; secrets are never listed.")
record TokenPage(@Schema(required = true) List<TokenView> items,
        @Schema(required = true, nullable = true,
                description = "Always null: the tokens come in one page.") String nextCursor) {
}
