package io.kiosque.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.kiosque.content.Slugs;

/** The examples in the OpenAPI document are what the seed article really gives. */
class SuggestionExamplesTest {

    @Test
    void examplesAreTheSeedArticlesRealMentions() throws Exception {
        TagMentions coree = EntityIndex.of(SeedTags.ALL).find(SeedText.fromDemoResource(), Set.of()).get(0);
        JsonNode example = new ObjectMapper().readTree(SuggestionExamples.SUGGESTION);

        assertEquals(coree.name(), example.at("/tag/name").asText());
        assertEquals(Slugs.slugify(coree.name()), example.at("/tag/slug").asText());
        assertEquals(coree.mentionCount(), example.at("/mentionCount").asInt());
        List<MentionOffset> mentions = new ObjectMapper().convertValue(example.at("/mentions"),
                new TypeReference<List<MentionOffset>>() {
                });
        assertEquals(coree.mentions(), mentions);

        MentionOffset first = coree.mentions().get(0);
        assertEquals(String.valueOf(first.start()), SuggestionExamples.MENTION_START);
        assertEquals(String.valueOf(first.end()), SuggestionExamples.MENTION_END);
        assertEquals(first.text(), SuggestionExamples.MENTION_TEXT);
    }
}
