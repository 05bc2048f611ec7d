package io.kiosque.tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kiosque.http.SingleResourceView;

@Schema(name = "Tag", description = "A typed entity: a person, a country or an organisation.")
public record TagView(@Schema(required = true) UUID id, @Schema(required = true, examples = "kcna") String slug,
        @Schema(required = true, examples = "KCNA") String name, @Schema(required = true) TagType type,
        @Schema(required = true, description = "Other names the entity goes by.",
                examples = "[\"agence d'État KCNA\", \"Agence centrale de presse coréenne\"]") List<String> aliases,
        @Schema(nullable = true, examples = "Agence de presse officielle de la Corée du Nord.") String description,
        @Schema(nullable = true, description = "ISO 3166-1 alpha-2 code, countries only.",
                examples = "KP") String isoCode,
        @Schema(nullable = true, description = "Wikidata QID.", examples = "Q837210") String wikidataId,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, examples = "1") long version) implements SingleResourceView {

    @Override
    public String resourceType() {
        return "tag";
    }

    static TagView of(Tag tag) {
        return new TagView(tag.id, tag.slug, tag.name, tag.type,
                tag.aliases == null ? List.of() : List.copyOf(tag.aliases), tag.description, tag.isoCode,
                tag.wikidataId, tag.updatedAt, tag.version);
    }
}
