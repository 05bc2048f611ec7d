package io.kiosque.token;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kiosque.security.Role;

@Schema(name = "TokenRequest", description = "A token to create.")
public record TokenRequest(
        @Schema(required = true, maxLength = 100,
                examples = "Marline Contrasty (CMS)") @NotBlank @Size(max = 100) String name,
        @Schema(required = true) @NotNull Role role,
        @Schema(description = "Slug or id of the author this token writes as.",
                examples = "marline-contrasty") @Size(max = 150) String author) {
}
