package io.kiosque.suggestion;

import java.util.List;
import java.util.UUID;

/** The mentions of one tag in a text, in text order; {@code name} is the tag's name, not necessarily what matched. */
public record TagMentions(UUID tagId, String name, List<MentionOffset> mentions) {

    public TagMentions {
        mentions = List.copyOf(mentions);
    }

    public int mentionCount() {
        return mentions.size();
    }
}
