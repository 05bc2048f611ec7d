package io.kiosque.author;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kiosque.article.LeadImage;
import io.kiosque.content.Slugs;
import io.kiosque.http.openapi.OpenApiConventions;

@Schema(name = "AuthorRequest",
        description = "The editable fields of an author. The e-mail is write-only: it never appears in any response.")
public record AuthorRequest(
        @Schema(description = "Generated from the name when absent.", pattern = Slugs.PATTERN,
                maxLength = Slugs.MAX_LENGTH,
                examples = "marline-contrasty") @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN,
                        message = "must be lowercase ASCII words joined by hyphens") String slug,
        @Schema(required = true, maxLength = 200,
                examples = "Marline Contrasty") @NotBlank @Size(max = 200) String name,
        @Schema(maxLength = 1000, examples = "Journaliste politique, défend une ligne libérale et humaniste.") @Size(
                max = 1000) String bio,
        @Schema(maxLength = 200, examples = "Journaliste politique") @Size(max = 200) String jobTitle,
        @Schema(maxLength = 2000, pattern = LeadImage.URL_PATTERN,
                examples = "https://images.kiosque.example/authors/marline-contrasty.jpg") @Size(max = 2000) @Pattern(
                        regexp = LeadImage.URL_PATTERN, message = "must be an http or https URL") String avatarUrl,
        @Schema(maxItems = 20) @Size(max = 20) List<@NotNull @Valid Link> links,
        @Schema(description = "Private contact address; write-only.", maxLength = 320,
                examples = "m.contrasty@redaction.example") @Size(max = 320) @Email String email) {

    /** The body of a PATCH: a JSON Merge Patch of this request, its schema derived in the document. */
    @Schema(name = "AuthorPatch",
            description = "A JSON Merge Patch (RFC 7396) of AuthorRequest: the members sent replace the current "
                    + "values, `null` clears an optional one, members left out stay as they are.",
            extensions = @Extension(name = OpenApiConventions.MERGE_PATCH_OF, value = "AuthorRequest"))
    public static final class Patch {

        private Patch() {
        }
    }
}
