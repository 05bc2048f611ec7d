package io.kiosque.article;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RevisionSummary", description = "One change to an article: who, when, what kind.")
public record RevisionSummary(
        @Schema(required = true, examples = "3") int number,
        @Schema(required = true, enumeration = {
                "created", "updated", "scheduled", "published", "unpublished",
                "archived", "restored"}, examples = "published") String action,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, description = "Name of the token that made the change, or `scheduler`.",
                examples = "Desk politique") String actorName,
        @Schema(required = true, examples = "editor") String actorRole) {
}
