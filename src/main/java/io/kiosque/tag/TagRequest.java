package io.kiosque.tag;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kiosque.content.Slugs;
import io.kiosque.http.openapi.OpenApiConventions;

@Schema(name = "TagRequest", description = "The editable fields of a tag.")
public record TagRequest(
        @Schema(description = "Generated from the name when absent.", pattern = Slugs.PATTERN,
                maxLength = Slugs.MAX_LENGTH,
                examples = "coree-du-nord") @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN,
                        message = "must be lowercase ASCII words joined by hyphens") String slug,
        @Schema(required = true, maxLength = 200, examples = "Corée du Nord") @NotBlank @Size(max = 200) String name,
        @Schema(required = true) @NotNull TagType type,
        @Schema(maxItems = 50, examples = "[\"République populaire démocratique de Corée\", \"RPDC\"]") @Size(
                max = 50) List<@NotBlank @Size(max = 200) String> aliases,
        @Schema(maxLength = 2000,
                examples = "État d'Asie de l'Est, capitale Pyongyang.") @Size(max = 2000) String description,
        @Schema(description = "ISO 3166-1 alpha-2 code; countries only.", pattern = "^[A-Z]{2}$",
                examples = "KP") @Size(max = 2) String isoCode,
        @Schema(description = "Wikidata QID.", pattern = Identifiers.WIKIDATA_ID_PATTERN,
                examples = "Q423") @Size(max = 13) @Pattern(regexp = Identifiers.WIKIDATA_ID_PATTERN,
                        message = "must be a Wikidata QID such as Q423") String wikidataId) {

    /** The body of a PATCH: a JSON Merge Patch of this request, its schema derived in the document. */
    @Schema(name = "TagPatch",
            description = "A JSON Merge Patch (RFC 7396) of TagRequest: the members sent replace the current values, "
                    + "`null` clears an optional one, members left out stay as they are.",
            extensions = @Extension(name = OpenApiConventions.MERGE_PATCH_OF, value = "TagRequest"))
    public static final class Patch {

        private Patch() {
        }
    }
}
