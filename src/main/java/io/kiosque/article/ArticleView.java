package io.kiosque.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kiosque.author.AuthorRef;
import io.kiosque.http.Cacheable;
import io.kiosque.section.SectionRef;
import io.kiosque.tag.TagRef;

/** A whole article, as a reader's page shows it. */
@Schema(name = "Article")
public record ArticleView(@Schema(required = true) UUID id,
        @Schema(required = true,
                examples = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-"
                        + "ukrainien") String slug,
        @Schema(required = true,
                examples = "La Corée du Nord affirme son alliance stratégique avec Moscou dans le conflit "
                        + "ukrainien") String headline,
        @Schema(nullable = true,
                examples = "Kim Jong-un affirme son soutien total à la Russie dans le conflit ukrainien lors d'une "
                        + "rencontre avec Sergueï Lavrov.") String standfirst,
        @Schema(required = true) List<Block> body, @Schema(nullable = true) LeadImage leadImage,
        @Schema(required = true, examples = "fr", description = "BCP 47 language tag.") String language,
        @Schema(nullable = true) SectionRef section, @Schema(required = true) List<AuthorRef> authors,
        @Schema(required = true) List<TagRef> tags, @Schema(required = true) ArticleStatus status,
        @Schema(required = true) Instant createdAt, @Schema(required = true) Instant updatedAt,
        @Schema(nullable = true, description = "When the current publication went live.") Instant publishedAt,
        @Schema(nullable = true, description = "When the article was first published; never changes "
                + "afterwards.") Instant firstPublishedAt,
        @Schema(required = true, examples = "352") int wordCount,
        @Schema(required = true, examples = "2") int readingTimeMinutes, @Schema(nullable = true) String seoTitle,
        @Schema(nullable = true) String seoDescription,
        @Schema(required = true, examples = "1") long version) implements Cacheable {

    @Override
    public Instant lastModified() {
        return updatedAt;
    }

    @Override
    public List<String> cacheKeys() {
        return ArticleCacheKeys.of(id, section, authors, tags);
    }
}
