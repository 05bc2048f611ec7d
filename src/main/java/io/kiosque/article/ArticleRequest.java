package io.kiosque.article;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kiosque.content.Slugs;
import io.kiosque.http.openapi.OpenApiConventions;

/**
 * What an editor sends to create or replace an article. Everything else (id, status, version, timestamps, word count)
 * belongs to Kiosque: sending it is a 400, never silently applied. Missing lists mean empty ones.
 */
@Schema(name = "ArticleRequest",
        description = "The editable content of an article. Read-only fields (id, status, version, timestamps, "
                + "wordCount, readingTimeMinutes) are rejected.")
public record ArticleRequest(
        @Schema(description = "Generated from the headline when absent; changing it keeps the old URL as a redirect.",
                maxLength = Slugs.MAX_LENGTH, pattern = Slugs.PATTERN,
                examples = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-"
                        + "ukrainien") @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN,
                                message = "must be lowercase ASCII words joined by hyphens") String slug,
        @Schema(required = true, maxLength = 300,
                examples = "La Corée du Nord affirme son alliance stratégique avec Moscou dans le conflit "
                        + "ukrainien") @NotBlank @Size(max = 300) String headline,
        @Schema(maxLength = 2000,
                examples = "Kim Jong-un affirme son soutien total à la Russie dans le conflit ukrainien lors d'une "
                        + "rencontre avec Sergueï Lavrov.") @Size(max = 2000) String standfirst,
        @Schema(maxItems = 500) @Size(max = 500) List<@NotNull @Valid Block> body,
        @Valid LeadImage leadImage,
        @Schema(description = "BCP 47 language tag; fr when absent.", maxLength = 35,
                examples = "fr") @Size(max = 35) String language,
        @Schema(description = "Section slug or id.", examples = "international") @Size(max = 150) String section,
        @Schema(description = "Author slugs or ids, in byline order.", maxItems = 20,
                examples = "[\"marline-contrasty\"]") @Size(max = 20) List<@NotBlank @Size(max = 150) String> authors,
        @Schema(description = "Tag slugs or ids.", maxItems = 50,
                examples = "[\"kim-jong-un\", \"serguei-lavrov\", \"coree-du-nord\"]") @Size(
                        max = 50) List<@NotBlank @Size(max = 150) String> tags,
        @Schema(maxLength = 300) @Size(max = 300) String seoTitle,
        @Schema(maxLength = 500) @Size(max = 500) String seoDescription) {

    public List<Block> bodyOrEmpty() {
        return body == null ? List.of() : body;
    }

    public List<String> authorsOrEmpty() {
        return authors == null ? List.of() : authors;
    }

    public List<String> tagsOrEmpty() {
        return tags == null ? List.of() : tags;
    }

    /** The body of a PATCH: a JSON Merge Patch of this request, its schema derived in the document. */
    @Schema(name = "ArticlePatch",
            description = "A JSON Merge Patch (RFC 7396) of ArticleRequest: the members sent replace the current "
                    + "values, `null` clears an optional one, members left out stay as they are.",
            extensions = @Extension(name = OpenApiConventions.MERGE_PATCH_OF, value = "ArticleRequest"))
    public static final class Patch {

        private Patch() {
        }
    }
}
