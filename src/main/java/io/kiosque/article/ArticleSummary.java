package io.kiosque.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kiosque.author.AuthorRef;
import io.kiosque.http.Cacheable;
import io.kiosque.section.SectionRef;
import io.kiosque.tag.TagRef;

/** An article in a list: everything a teaser shows, without the body. */
@Schema(name = "ArticleSummary")
public record ArticleSummary(@Schema(required = true) UUID id,
        @Schema(required = true,
                examples = "la-coree-du-nord-affirme-son-alliance-strategique-avec-moscou-dans-le-conflit-"
                        + "ukrainien") String slug,
        @Schema(required = true,
                examples = "La Corée du Nord affirme son alliance stratégique avec Moscou dans le conflit "
                        + "ukrainien") String headline,
        @Schema(nullable = true) String standfirst, @Schema(nullable = true) LeadImage leadImage,
        @Schema(required = true, examples = "fr", description = "BCP 47 language tag.") String language,
        @Schema(nullable = true) SectionRef section, @Schema(required = true) List<AuthorRef> authors,
        @Schema(required = true) List<TagRef> tags, @Schema(required = true) ArticleStatus status,
        @Schema(nullable = true) Instant publishedAt, @Schema(required = true) Instant updatedAt,
        @Schema(required = true, examples = "352") int wordCount,
        @Schema(required = true, examples = "2") int readingTimeMinutes,
        @Schema(nullable = true,
                description = "Only in a full-text search (`q`): up to two short extracts of the standfirst and body "
                        + "around the words found, as an HTML fragment. The text is escaped and the only elements are "
                        + "`<mark>` around the matches, so it can be inserted as HTML as is. Null when the list is not "
                        + "a search.",
                examples = "Une rencontre symbolique aux implications géopolitiques majeures Selon l&#39;agence "
                        + "d&#39;État <mark>KCNA</mark>, la rencontre s&#39;est déroulée dans une atmosphère qualifiée "
                        + "de &#39;confiance") String snippet)
        implements
            Cacheable {

    /** A summary outside a search: no snippet. */
    public ArticleSummary(UUID id, String slug, String headline, String standfirst, LeadImage leadImage,
            String language, SectionRef section, List<AuthorRef> authors, List<TagRef> tags, ArticleStatus status,
            Instant publishedAt, Instant updatedAt, int wordCount, int readingTimeMinutes) {
        this(id, slug, headline, standfirst, leadImage, language, section, authors, tags, status, publishedAt,
                updatedAt, wordCount, readingTimeMinutes, null);
    }

    @Override
    public Instant lastModified() {
        return updatedAt;
    }

    @Override
    public List<String> cacheKeys() {
        return ArticleCacheKeys.of(id, section, authors, tags);
    }
}
