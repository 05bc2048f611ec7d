package io.kiosque.article;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublishRequest")
public record PublishRequest(
        @Schema(description = "When to publish; in the future, the article is scheduled. Now when absent.",
                examples = "2025-06-20T06:00:00+02:00") Instant at) {
}
