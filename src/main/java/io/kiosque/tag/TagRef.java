package io.kiosque.tag;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tag as embedded in an article. */
@Schema(name = "TagRef")
public record TagRef(@Schema(required = true) UUID id, @Schema(required = true, examples = "coree-du-nord") String slug,
        @Schema(required = true, examples = "Corée du Nord") String name, @Schema(required = true) TagType type,
        @Schema(nullable = true, examples = "KP",
                description = "ISO 3166-1 alpha-2 code, countries only.") String isoCode,
        @Schema(nullable = true, examples = "Q423", description = "Wikidata QID.") String wikidataId) {
}
