package io.kiosque.webhook;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The OpenAPI schema of {@code Page<DeliveryView>}: annotations cannot name a generic type. */
@Schema(name = "WebhookDeliveryPage", description = "One page of a webhook's deliveries, newest first.")
record DeliveryPage(@Schema(required = true) List<DeliveryView> items,
        @Schema(required = true, nullable = true,
                description = "Opaque cursor for the next page; null on the last page.") String nextCursor) {
}
