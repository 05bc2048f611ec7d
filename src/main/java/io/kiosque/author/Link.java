package io.kiosque.author;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A public link on an author's profile. */
@Schema(name = "AuthorLink")
public record Link(@Schema(examples = "Bluesky", required = true) String label,
        @Schema(examples = "https://bsky.app/profile/marline.example", required = true) String url) {
}
