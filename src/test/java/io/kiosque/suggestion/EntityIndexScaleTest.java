package io.kiosque.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.kiosque.search.FrenchText;

/**
 * With thousands of tags, entity detection finds the same mentions and does work bounded by the text, not by the number
 * of tags. Work is counted in trie steps; time is never measured.
 */
class EntityIndexScaleTest {

    private static final int GENERATED = 5_000;
    private static final String TEXT = SeedText.fromDemoResource();

    /** Made-up words such as "vokadu", which no French text contains. */
    private static String madeUpWord(Random random) {
        String consonants = "bdfgkmprtvz";
        String vowels = "aiou";
        StringBuilder word = new StringBuilder();
        for (int syllable = 0; syllable < 3; syllable++) {
            word.append(consonants.charAt(random.nextInt(consonants.length())))
                    .append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return word.toString();
    }

    /**
     * Tags whose names begin like the seed's names and like the commonest words of the text ("la", "de la", "Kim",
     * "agence d'État"...), so that the trie branches exactly where the text walks it, plus a few names the seed's names
     * contain ("Corée", "Kim", "Union"), which must lose to the longer ones.
     */
    private static List<TagNames> lookAlikes(Random random) {
        List<String> prefixes = List.of("Kim ", "Corée du ", "Sergueï ", "Union ", "agence d'État ", "la ", "de la ",
                "l'", "Fédération de ", "");
        List<TagNames> tags = new ArrayList<>();
        for (int i = 0; i < GENERATED - 3; i++) {
            String prefix = prefixes.get(i % prefixes.size());
            tags.add(SeedTags.tag(prefix + madeUpWord(random), madeUpWord(random) + " " + madeUpWord(random)));
        }
        tags.add(SeedTags.tag("Corée"));
        tags.add(SeedTags.tag("Kim"));
        tags.add(SeedTags.tag("Union"));
        return tags;
    }

    /** Tags that share no word with the text. */
    private static List<TagNames> strangers(Random random) {
        List<TagNames> tags = new ArrayList<>();
        for (int i = 0; i < GENERATED; i++) {
            tags.add(SeedTags.tag(madeUpWord(random) + " " + madeUpWord(random), madeUpWord(random)));
        }
        return tags;
    }

    private static EntityIndex seedPlus(List<TagNames> more) {
        List<TagNames> tags = new ArrayList<>(SeedTags.ALL);
        tags.addAll(more);
        return EntityIndex.of(tags);
    }

    private static int steps(EntityIndex index, String text) {
        int[] steps = {0};
        index.find(text, Set.of(), () -> steps[0]++);
        return steps[0];
    }

    @Test
    void fiveThousandTagsFindWhatTheSeedTagsAloneFind() {
        EntityIndex seedOnly = EntityIndex.of(SeedTags.ALL);
        EntityIndex large = seedPlus(lookAlikes(new Random(42)));
        assertEquals(GENERATED + SeedTags.ALL.size(), large.size());
        assertEquals(seedOnly.find(TEXT, Set.of()), large.find(TEXT, Set.of()));
        assertEquals(seedOnly.find(TEXT, Set.of()), seedPlus(strangers(new Random(7))).find(TEXT, Set.of()));
    }

    @Test
    void workIsBoundedByTheTextNotByTheNumberOfTags() {
        int tokens = FrenchText.tokenize(TEXT).size();
        EntityIndex seedOnly = EntityIndex.of(SeedTags.ALL);
        EntityIndex lookAlikes = seedPlus(lookAlikes(new Random(42)));

        // Tags that share no word with the text cost nothing.
        assertEquals(steps(seedOnly, TEXT), steps(seedPlus(strangers(new Random(7))), TEXT));
        // Tags that do are walked at most as far as the longest name, from each token.
        assertTrue(steps(lookAlikes, TEXT) <= tokens * lookAlikes.longestName(),
                steps(lookAlikes, TEXT) + " steps for " + tokens + " tokens");
        // And twice the text is exactly twice the work.
        assertEquals(2 * steps(lookAlikes, TEXT), steps(lookAlikes, TEXT + "\n\n" + TEXT));
    }
}
