package io.kiosque.suggestion;

/**
 * OpenAPI examples, taken from the seed article: offsets into its headline, standfirst and body blocks, a blank line
 * apart ({@code SuggestionExamplesTest} checks them).
 */
final class SuggestionExamples {

    static final String MENTION_START = "3";
    static final String MENTION_END = "16";
    static final String MENTION_TEXT = "Corée du Nord";
    static final String SUGGESTION = """
            {"tag":{"id":"2a4c6e8f-1b3d-4f5a-9c7e-0d2f4b6a8c13","slug":"coree-du-nord","name":"Corée du Nord",\
            "type":"country","isoCode":"KP","wikidataId":"Q423"},"mentionCount":2,\
            "mentions":[{"start":3,"end":16,"text":"Corée du Nord"},{"start":1477,"end":1490,"text":"Corée du \
            Nord"}]}""";

    private SuggestionExamples() {
    }
}
