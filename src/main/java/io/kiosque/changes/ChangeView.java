package io.kiosque.changes;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the change feed: what changed, not the resource itself (read it at its URL). */
@Schema(name = "Change",
        description = "A change to a resource. A deletion is a tombstone: the id, type and last slug of what is gone.")
public record ChangeView(
        @Schema(required = true,
                description = "Unique id of the change, usable to de-duplicate. Entries are in commit order, which ids "
                        + "do not follow.",
                examples = "1042") long id,
        @Schema(required = true, enumeration = {
                "article", "section", "author",
                "tag"}, examples = "article") String resourceType,
        @Schema(required = true, examples = "0b7d6c3e-5f1a-4c55-9a51-3f0e7f1c2a10") UUID resourceId,
        @Schema(required = true, description = "The resource's slug after the change (its last slug for a deletion).",
                examples = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-"
                        + "ukrainien") String slug,
        @Schema(required = true, enumeration = {"created", "updated", "scheduled", "published", "unpublished",
                "archived", "restored", "deleted"}, examples = "published") String action,
        @Schema(required = true, examples = "2025-06-19T08:00:00.123456Z") Instant occurredAt) {
}
