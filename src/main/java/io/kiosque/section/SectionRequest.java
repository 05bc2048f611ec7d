package io.kiosque.section;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kiosque.content.Slugs;
import io.kiosque.http.openapi.OpenApiConventions;

@Schema(name = "SectionRequest", description = "The editable fields of a section.")
public record SectionRequest(
        @Schema(description = "Generated from the name when absent.", pattern = Slugs.PATTERN,
                maxLength = Slugs.MAX_LENGTH,
                examples = "international") @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN,
                        message = "must be lowercase ASCII words joined by hyphens") String slug,
        @Schema(required = true, maxLength = 200, examples = "International") @NotBlank @Size(max = 200) String name,
        @Schema(maxLength = 2000, examples = "L'actualité du monde : diplomatie, conflits, élections.") @Size(
                max = 2000) String description,
        @Schema(description = "Slug or id of the parent section.", examples = "monde") @Size(max = 150) String parent,
        @Schema(description = "Order among siblings; 0 when absent.", minimum = "0", maximum = "10000",
                examples = "1") @Min(0) @Max(10000) Integer position) {

    /** The body of a PATCH: a JSON Merge Patch of this request, its schema derived in the document. */
    @Schema(name = "SectionPatch",
            description = "A JSON Merge Patch (RFC 7396) of SectionRequest: the members sent replace the current "
                    + "values, `null` clears an optional one, members left out stay as they are.",
            extensions = @Extension(name = OpenApiConventions.MERGE_PATCH_OF, value = "SectionRequest"))
    public static final class Patch {

        private Patch() {
        }
    }
}
