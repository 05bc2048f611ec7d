package io.kiosque.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A delivery and every attempt made at it. */
@Schema(name = "WebhookDelivery")
public record DeliveryView(
        @Schema(required = true,
                description = "Sent as X-Kiosque-Delivery and as the body's `id`, the same on every attempt.",
                examples = "c2f1e0d9-8b7a-4c6d-9e5f-0a1b2c3d4e5f") UUID id,
        @Schema(required = true, examples = "article.published") String event,
        @Schema(required = true, enumeration = {
                "pending", "delivered",
                "failed"},
                description = "`pending` until a 2xx answer (`delivered`) or until retries are exhausted (`failed`).",
                examples = "delivered") String status,
        @Schema(required = true, examples = "2025-06-19T08:00:00Z") Instant createdAt,
        @Schema(required = true, description = "Attempts made so far.", examples = "2") int attemptCount,
        @Schema(nullable = true, description = "When the next attempt is due, while pending.",
                examples = "2025-06-19T08:00:04Z") Instant nextAttemptAt,
        @Schema(nullable = true, examples = "2025-06-19T08:00:02Z") Instant deliveredAt,
        @Schema(nullable = true, description = "HTTP status of the last answer.",
                examples = "204") Integer lastStatusCode,
        @Schema(nullable = true, description = "Why the last attempt failed.",
                examples = "connection refused") String lastError,
        @Schema(required = true, description = "Every attempt, oldest first.") List<Attempt> attempts) {

    @Schema(name = "WebhookAttempt")
    public record Attempt(
            @Schema(required = true, examples = "1") int number,
            @Schema(required = true, examples = "2025-06-19T08:00:00Z") Instant attemptedAt,
            @Schema(required = true, examples = "12") int durationMs,
            @Schema(nullable = true, description = "HTTP status of the answer; null when none came.",
                    examples = "503") Integer statusCode,
            @Schema(nullable = true, description = "What went wrong; null on success.",
                    examples = "HTTP 503") String error) {
    }
}
