package io.kiosque.suggestion;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.kiosque.tag.TagRef;

/** A known tag that a text mentions, for an editor to confirm. */
@Schema(name = "TagSuggestion", description = "A known tag the text mentions by its name or one of its aliases, with"
        + " every mention. Case, accents, ligatures, apostrophes and hyphens do not matter; words are never stemmed"
        + " (\"ukrainien\" is not a mention of \"Ukraine\").", examples = SuggestionExamples.SUGGESTION)
public record TagSuggestion(@Schema(required = true) TagRef tag,
        @Schema(required = true, minimum = "1", examples = "2") int mentionCount,
        @Schema(required = true, description = "In text order.") List<MentionOffset> mentions) {

    public TagSuggestion {
        mentions = List.copyOf(mentions);
    }
}
