package io.kiosque.author;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An author as embedded in an article: enough for a byline. */
@Schema(name = "AuthorRef")
public record AuthorRef(@Schema(required = true) UUID id,
        @Schema(required = true, examples = "marline-contrasty") String slug,
        @Schema(required = true, examples = "Marline Contrasty") String name,
        @Schema(nullable = true,
                examples = "Journaliste politique, défend une ligne libérale et humaniste.") String bio) {
}
