package io.kiosque.imports;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.kiosque.article.ArticleView;
import io.kiosque.suggestion.TagSuggestion;

/** The draft created from wire copy, with the tags its text mentions for an editor to confirm. */
@Schema(name = "ImportedArticle", description = "The created draft (every field of Article) plus `suggestedTags`.")
public record ImportedArticle(
        @JsonUnwrapped ArticleView article,
        @Schema(required = true, description = "Known tags the text mentions; not attached to the "
                + "draft.") List<TagSuggestion> suggestedTags) {
}
