package io.kiosque.token;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.kiosque.security.Role;

/** A token as listed: never its secret. {@code token} is present only in the answer to its creation. */
@Schema(name = "Token")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenView(
        @Schema(required = true) UUID id,
        @Schema(required = true, examples = "Marline Contrasty (CMS)") String name,
        @Schema(required = true) Role role,
        @Schema(description = "The author this token writes as.") UUID authorId,
        @Schema(required = true) Instant createdAt,
        @Schema(description = "When it was revoked; revoked tokens are refused.") Instant revokedAt,
        @Schema(description = "The secret, shown once, in the answer to the creation only.",
                examples = "kq_3q2-7wH1S0Zx0m2bN8rR3Jq9QeWm7c1cF0y5k4pLx2E") String token) {

    static TokenView of(ApiToken token, String secret) {
        return new TokenView(token.id, token.name, token.role, token.authorId, token.createdAt, token.revokedAt,
                secret);
    }
}
