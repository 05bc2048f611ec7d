package io.kiosque.author;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kiosque.http.SingleResourceView;

/**
 * An author's public profile. Deliberately has no e-mail field: private data cannot leak by accident.
 */
@Schema(name = "Author")
public record AuthorView(@Schema(required = true) UUID id,
        @Schema(required = true, examples = "marline-contrasty") String slug,
        @Schema(required = true, examples = "Marline Contrasty") String name,
        @Schema(nullable = true,
                examples = "Journaliste politique, défend une ligne libérale et humaniste.") String bio,
        @Schema(nullable = true, examples = "Journaliste politique") String jobTitle,
        @Schema(nullable = true,
                examples = "https://images.kiosque.example/authors/marline-contrasty.jpg") String avatarUrl,
        @Schema(required = true) List<Link> links, @Schema(required = true) Instant updatedAt,
        @Schema(required = true, examples = "1") long version) implements SingleResourceView {

    @Override
    public String resourceType() {
        return "author";
    }

    static AuthorView of(Author author) {
        return new AuthorView(author.id, author.slug, author.name, author.bio, author.jobTitle, author.avatarUrl,
                author.links == null ? List.of() : List.copyOf(author.links), author.updatedAt, author.version);
    }
}
