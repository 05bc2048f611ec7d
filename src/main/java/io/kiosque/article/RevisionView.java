package io.kiosque.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Revision", description = "One change to an article and the article's full state after it.")
public record RevisionView(
        @Schema(required = true) RevisionSummary revision,
        @Schema(required = true, description = "The article as it was after this change.") ArticleView article) {
}
