package io.kiosque.webhook;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookRequest", description = "A webhook to register.")
public record WebhookRequest(
        @Schema(required = true, maxLength = 2000,
                description = "Absolute http or https URL that receives a POST per event. Private and loopback "
                        + "addresses are refused unless the server allows them.",
                examples = "https://hooks.example.com/kiosque") @NotBlank @Size(max = 2000) String url,
        @Schema(required = true,
                description = "Events to receive: `article.created`, `article.updated`, `article.scheduled`, "
                        + "`article.published`, `article.unpublished`, `article.archived`, `article.restored`, "
                        + "`article.deleted`, and `created`, `updated`, `deleted` for `section`, `author` and `tag`.",
                examples = "[\"article.published\",\"article.updated\",\"article.unpublished\","
                        + "\"article.deleted\"]") @NotEmpty @Size(max = 50) List<@NotBlank String> events,
        @Schema(required = true, minLength = 16, maxLength = 200,
                description = "Shared secret that signs every delivery (X-Kiosque-Signature). Never returned.",
                examples = "8f3e1c9a7b2d4f6e0a1b2c3d4e5f6a7b") @NotNull @Size(min = 16, max = 200) String secret,
        @Schema(maxLength = 200, description = "What the webhook is for.",
                examples = "Purge the CDN of the mobile app") @Size(max = 200) String description) {
}
