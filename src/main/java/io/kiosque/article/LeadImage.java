package io.kiosque.article;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The image shown above an article and in its teasers. */
@Schema(name = "LeadImage")
public record LeadImage(
        @Schema(nullable = true, maxLength = 2000,
                description = "Absent on imported wire copy until the photo desk attaches the picture.",
                examples = "https://images.kiosque.example/2025/kim-lavrov.jpg") @Size(max = 2000) @Pattern(
                        regexp = LeadImage.URL_PATTERN, message = "must be an http or https URL") String url,
        @Schema(nullable = true, maxLength = 1000,
                examples = "Rencontre entre Kim Jong-un et Sergueï Lavrov à Pyongyang") @Size(
                        max = 1000) String caption,
        @Schema(nullable = true, maxLength = 300, examples = "KCNA") @Size(max = 300) String credit,
        @Schema(nullable = true, maxLength = 1000,
                examples = "Kim Jong-un et Sergueï Lavrov se serrent la main") @Size(max = 1000) String alt) {

    /** Only web URLs: never javascript:, data: or anything a frontend could execute. */
    public static final String URL_PATTERN = "^https?://[^\\s<>\"]+$";
}
