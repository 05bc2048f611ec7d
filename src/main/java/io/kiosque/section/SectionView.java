package io.kiosque.section;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kiosque.http.SingleResourceView;

@Schema(name = "Section", description = "A section of the site, optionally nested under a parent.")
public record SectionView(@Schema(required = true) UUID id,
        @Schema(required = true, examples = "international") String slug,
        @Schema(required = true, examples = "International") String name,
        @Schema(nullable = true,
                examples = "L'actualité du monde : diplomatie, conflits, élections.") String description,
        @Schema(nullable = true) SectionRef parent,
        @Schema(required = true, examples = "1",
                description = "Order among its siblings, smallest first.") int position,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, examples = "1") long version) implements SingleResourceView {

    @Override
    public String resourceType() {
        return "section";
    }

    static SectionView of(Section section) {
        Section parent = section.parent;
        return new SectionView(section.id, section.slug, section.name, section.description,
                parent == null ? null : new SectionRef(parent.id, parent.slug, parent.name), section.position,
                section.updatedAt, section.version);
    }
}
