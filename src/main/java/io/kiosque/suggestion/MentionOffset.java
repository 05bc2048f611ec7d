package io.kiosque.suggestion;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a tag is mentioned in a text. */
@Schema(name = "MentionOffset",
        description = "A mention of a tag in the text sent: char offsets (UTF-16 code units, as in"
                + " JavaScript and Java strings) and the words as they appear. A French elided article (l', d', "
                + "qu'...) is not"
                + " part of the mention.")
public record MentionOffset(
        @Schema(required = true, minimum = "0", description = "Offset of the first char.",
                examples = SuggestionExamples.MENTION_START) int start,
        @Schema(required = true, minimum = "1", description = "Offset just after the last char.",
                examples = SuggestionExamples.MENTION_END) int end,
        @Schema(required = true, description = "The mention as written in the text.",
                examples = SuggestionExamples.MENTION_TEXT) String text) {
}
