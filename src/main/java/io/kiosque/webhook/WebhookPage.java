package io.kiosque.webhook;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI schema of {@code Page<WebhookView>}: annotations cannot name a generic type, and without a schema a
 * response is documented as any JSON at all.
 */
@Schema(name = "WebhookPage", description = "The webhooks, oldest first, all in one page.")
record WebhookPage(@Schema(required = true) List<WebhookView> items,
        @Schema(required = true, nullable = true,
                description = "Always null: every webhook is in the page.") String nextCursor) {
}
