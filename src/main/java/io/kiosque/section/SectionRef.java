package io.kiosque.section;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A section as embedded in other resources. */
@Schema(name = "SectionRef")
public record SectionRef(@Schema(required = true) UUID id,
        @Schema(required = true, examples = "international") String slug,
        @Schema(required = true, examples = "International") String name) {
}
