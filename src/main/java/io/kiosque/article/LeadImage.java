package io.kiosque.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The image shown above an article and in its teasers. */
@Schema(name = "LeadImage")
public record LeadImage(
        @Schema(nullable = true, maxLength = 2000, description = "Absent on imported wire copy until the photo desk attaches the picture.", examples = "https://images.kiosque.example/2025/kim-lavrov.jpg") String url,
        @Schema(maxLength = 1000, examples = "Rencontre entre Kim Jong-un et Sergueï Lavrov à Pyongyang") String caption,
        @Schema(maxLength = 300, examples = "KCNA") String credit,
        @Schema(maxLength = 1000, examples = "Kim Jong-un et Sergueï Lavrov se serrent la main") String alt) {
}
