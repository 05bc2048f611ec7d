package io.kiosque.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kiosque.author.AuthorRef;
import io.kiosque.common.Cacheable;
import io.kiosque.section.SectionRef;
import io.kiosque.tag.TagRef;

/** An article in a list: everything a teaser shows, without the body. */
@Schema(name = "ArticleSummary")
public record ArticleSummary(@Schema(required = true) UUID id,
        @Schema(required = true, examples = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-ukrainien") String slug,
        @Schema(required = true, examples = "La Corée du Nord affirme son alliance stratégique avec Moscou dans le conflit ukrainien") String headline,
        @Schema(nullable = true) String standfirst, @Schema(nullable = true) LeadImage leadImage,
        @Schema(required = true, examples = "fr", description = "BCP 47 language tag.") String language,
        @Schema(nullable = true) SectionRef section, @Schema(required = true) List<AuthorRef> authors,
        @Schema(required = true) List<TagRef> tags, @Schema(required = true) ArticleStatus status,
        @Schema(nullable = true) Instant publishedAt, @Schema(required = true) Instant updatedAt,
        @Schema(required = true, examples = "352") int wordCount,
        @Schema(required = true, examples = "2") int readingTimeMinutes) implements Cacheable {

    @Override
    public Instant lastModified() {
        return updatedAt;
    }

    @Override
    public List<String> cacheKeys() {
        return ArticleCacheKeys.of(id, section, authors, tags);
    }
}
