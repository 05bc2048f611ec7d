package io.kiosque.suggestion;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SuggestionRequest")
public record SuggestionRequest(
        @Schema(required = true, maxLength = 200000,
                examples = "Selon l'agence d'État KCNA, la rencontre s'est déroulée à Pyongyang.") @NotNull @Size(
                        max = 200000) String text) {
}
