package io.kiosque.article;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new preview link: its secret is shown this once. */
@Schema(name = "PreviewLink")
public record PreviewLink(
        @Schema(required = true,
                description = "The secret that unlocks the article; shown once, only its hash is kept.",
                examples = "kqp_Q2hhcMO0IGRlIHRlc3QgcG91ciBsYSBwcsOpdmlzdWFsaXNhdGlvbg") String token,
        @Schema(required = true, description = "After this instant the link answers 403.") Instant expiresAt,
        @Schema(required = true,
                description = "The API URL that reads the article with this link, by id so that it survives a change "
                        + "of slug.",
                examples = "https://api.kiosque.example/api/v1/articles/0b7d6c3e-5f1a-4c55-9a51-3f0e7f1c2a10?preview="
                        + "kqp_Q2hhcMO0IGRlIHRlc3QgcG91ciBsYSBwcsOpdmlzdWFsaXNhdGlvbg") String url) {
}
