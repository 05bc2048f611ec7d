package io.kiosque.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook as listed: never its secret. */
@Schema(name = "Webhook")
public record WebhookView(
        @Schema(required = true, examples = "3d9b6f0e-2a7c-4e51-8f3d-1b2c4d6e8f90") UUID id,
        @Schema(required = true, examples = "https://hooks.example.com/kiosque") String url,
        @Schema(required = true, examples = "[\"article.published\",\"article.updated\",\"article.unpublished\","
                + "\"article.deleted\"]") List<String> events,
        @Schema(nullable = true, examples = "Purge the CDN of the mobile app") String description,
        @Schema(required = true, examples = "2025-06-19T07:00:00Z") Instant createdAt) {

    static WebhookView of(Webhook webhook) {
        return new WebhookView(webhook.id, webhook.url, List.copyOf(webhook.events), webhook.description,
                webhook.createdAt);
    }
}
