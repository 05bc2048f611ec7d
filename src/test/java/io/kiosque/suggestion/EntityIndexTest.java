package io.kiosque.suggestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityIndexTest {

    private static final EntityIndex SEED = EntityIndex.of(SeedTags.ALL);

    /** "name ×count @start-end" for each tag found, in result order: one line tells the whole story. */
    private static List<String> summary(List<TagMentions> found) {
        return found.stream().map(tag -> tag.name() + " ×" + tag.mentionCount() + " @"
                + tag.mentions().get(0).start() + "-" + tag.mentions().get(0).end()).toList();
    }

    private static List<String> matchedTexts(List<TagMentions> found) {
        return found.stream().flatMap(tag -> tag.mentions().stream()).map(MentionOffset::text).toList();
    }

    private static List<String> names(List<TagMentions> found) {
        return found.stream().map(TagMentions::name).toList();
    }

    @Test
    void seedArticleMentionsItsTagsExceptUkraine() {
        String text = SeedText.fromDemoResource();
        List<TagMentions> found = SEED.find(text, Set.of());

        assertEquals(List.of("Corée du Nord ×2 @3-16", "Kim Jong-un ×2 @89-100", "Russie ×2 @132-138",
                "Sergueï Lavrov ×2 @191-205", "KCNA ×1 @904-922", "Union européenne ×1 @1998-2014"), summary(found));
        for (TagMentions tag : found) {
            for (MentionOffset mention : tag.mentions()) {
                assertEquals(mention.text(), text.substring(mention.start(), mention.end()));
            }
        }
        assertEquals(List.of("agence d'État KCNA"), found.get(4).mentions().stream().map(MentionOffset::text).toList());
        assertEquals(List.of("Union européenne"), found.get(5).mentions().stream().map(MentionOffset::text).toList());
    }

    @Test
    void adjectivesAreNotMentionsBecauseNothingIsStemmed() {
        assertEquals(List.of(), SEED.find("le conflit ukrainien, les opérations russes, les médias nord-coréens",
                Set.of()));
        assertEquals(List.of("Ukraine"), names(SEED.find("le conflit en Ukraine", Set.of())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"})
    void elidedArticleIsNotPartOfTheMention(String elided) {
        for (String apostrophe : List.of("'", "’", "ʼ")) {
            String text = "Il parle " + elided + apostrophe + "Ukraine.";
            List<TagMentions> found = SEED.find(text, Set.of());
            MentionOffset mention = found.get(0).mentions().get(0);
            assertEquals("Ukraine", mention.text());
            assertEquals(text.indexOf("Ukraine"), mention.start());
        }
    }

    @Test
    void mentionAfterAnElisionStartsAtTheName() {
        String text = "pour l'Union européenne et L’UE";
        List<TagMentions> found = SEED.find(text, Set.of());
        assertEquals(List.of("Union européenne ×2 @7-23"), summary(found));
        assertEquals(List.of("Union européenne", "UE"), matchedTexts(found));
    }

    @Test
    void aliasContainingAnElisionMatchesAsWritten() {
        for (String text : List.of("Selon l'agence d'État KCNA,", "Selon l’agence d’État KCNA,",
                "selon l'AGENCE D'ETAT KCNA")) {
            List<TagMentions> found = SEED.find(text, Set.of());
            assertEquals(List.of("KCNA ×1 @8-26"), summary(found), text);
        }
        EntityIndex withArticleInName = EntityIndex
                .of(List.of(SeedTags.tag("L'Équipe"), SeedTags.tag("N'Djamena"), SeedTags.tag("Équipe")));
        assertEquals(List.of("L'Équipe", "N’Djamena"),
                matchedTexts(withArticleInName.find("Selon L'Équipe, à N’Djamena", Set.of())));
    }

    @Test
    void anApostropheInsideAWordIsNotAnElision() {
        EntityIndex index = EntityIndex.of(List.of(SeedTags.tag("Hui"), SeedTags.tag("Neill")));
        assertEquals(List.of(), index.find("aujourd'hui, O'Neill", Set.of()));
        assertEquals(List.of("Hui"), names(index.find("les Hui du Ningxia", Set.of())));
    }

    @Test
    void namesMatchWholeWordsOnly() {
        EntityIndex index = EntityIndex.of(List.of(SeedTags.tag("Inde"), SeedTags.UNION_EUROPEENNE));
        String text = "L'Indépendance de l'Inde, une longue queue devant l'UE, INDEX, Inde-Pakistan";
        List<TagMentions> found = index.find(text, Set.of());
        assertEquals(List.of("Inde ×2 @20-24", "Union européenne ×1 @52-54"), summary(found));
        assertEquals(List.of("Inde", "Inde", "UE"), matchedTexts(found));
    }

    @Test
    void caseAccentsAndLigaturesDoNotMatter() {
        for (String written : List.of("coree du nord", "CORÉE DU NORD", "Coree Du Nord",
                Normalizer.normalize("Corée du Nord", Normalizer.Form.NFD))) {
            List<TagMentions> found = SEED.find("En " + written + " ce matin", Set.of());
            assertEquals(List.of(written), matchedTexts(found), written);
        }
        assertEquals(List.of("SERGUEI LAVROV"), matchedTexts(SEED.find("SERGUEI LAVROV", Set.of())));
        EntityIndex ligatures = EntityIndex.of(List.of(SeedTags.tag("Œuvre d'Orient")));
        assertEquals(List.of("oeuvre d’orient"), matchedTexts(ligatures.find("l'oeuvre d’orient", Set.of())));
    }

    @Test
    void hyphensAndSpacesAreTheSame() {
        String text = "Kim Jong Un, kim-jong-un, Kim Jong-Un et Kim Jongun";
        List<TagMentions> found = SEED.find(text, Set.of());
        assertEquals(List.of("Kim Jong Un", "kim-jong-un", "Kim Jong-Un"), matchedTexts(found));
        assertEquals(List.of("Russie", "Ukraine"), names(SEED.find("la frontière Russie-Ukraine", Set.of())));
    }

    @Test
    void aNameNeverSpansALineBreak() {
        assertEquals(List.of(), SEED.find("Kim\nJong-un", Set.of()));
        assertEquals(List.of(), SEED.find("Corée du\r\n\r\nNord", Set.of()));
    }

    @Test
    void longestNameWinsWhereNamesOverlap() {
        TagNames coree = SeedTags.tag("Corée");
        EntityIndex index = EntityIndex.of(List.of(coree, SeedTags.COREE_DU_NORD));
        List<TagMentions> found = index.find("La Corée du Nord et la Corée", Set.of());
        assertEquals(List.of("Corée ×1 @23-28", "Corée du Nord ×1 @3-16"), summary(found));
    }

    @Test
    void longerNameWinsEvenWhenItStartsLater() {
        EntityIndex index = EntityIndex
                .of(List.of(SeedTags.tag("Jean Pierre"), SeedTags.tag("Pierre Dupont de Nemours")));
        assertEquals(List.of("Pierre Dupont de Nemours"),
                matchedTexts(index.find("Jean Pierre Dupont de Nemours", Set.of())));
    }

    @Test
    void betweenNamesOfEqualLengthTheFirstWins() {
        EntityIndex index = EntityIndex.of(List.of(SeedTags.tag("Pierre Dupont"), SeedTags.tag("Jean Pierre")));
        assertEquals(List.of("Jean Pierre"), matchedTexts(index.find("Jean Pierre Dupont", Set.of())));
    }

    @Test
    void nameAndAliasAtTheSamePlaceAreOneMention() {
        List<TagMentions> found = SEED.find("l'agence d'État KCNA, puis KCNA", Set.of());
        assertEquals(List.of("KCNA ×2 @2-20"), summary(found));
        assertEquals(List.of("agence d'État KCNA", "KCNA"), matchedTexts(found));
    }

    @Test
    void homonymsAreEachSuggested() {
        TagNames country = SeedTags.tag("Géorgie");
        TagNames state = SeedTags.tag("État de Géorgie", "Géorgie");
        EntityIndex index = EntityIndex.of(List.of(state, country));
        List<TagMentions> found = index.find("la Géorgie", Set.of());
        assertEquals(List.of("État de Géorgie ×1 @3-10", "Géorgie ×1 @3-10"), summary(found));
    }

    @Test
    void excludedTagsAreNotSuggestedAndStillHideShorterNames() {
        TagNames coree = SeedTags.tag("Corée");
        EntityIndex index = EntityIndex.of(List.of(coree, SeedTags.COREE_DU_NORD, SeedTags.RUSSIE));
        String text = "La Corée du Nord soutient la Russie";
        assertEquals(List.of("Corée du Nord", "Russie"), names(index.find(text, Set.of())));
        assertEquals(List.of("Russie"), names(index.find(text, Set.of(SeedTags.COREE_DU_NORD.tagId()))));
        assertEquals(List.of("Corée du Nord", "Russie"), names(index.find(text, null)));
    }

    @Test
    void mostMentionedFirstThenByNameIgnoringAccents() {
        EntityIndex index = EntityIndex
                .of(List.of(SeedTags.tag("Espagne"), SeedTags.tag("Égypte"), SeedTags.UKRAINE, SeedTags.tag("Zambie")));
        List<TagMentions> found = index.find("Zambie, Espagne, Ukraine, Égypte, Ukraine", Set.of());
        assertEquals(List.of("Ukraine", "Égypte", "Espagne", "Zambie"), names(found));
    }

    @Test
    void emptyTextsAndNamesWithoutWordsFindNothing() {
        EntityIndex index = EntityIndex.of(List.of(SeedTags.tag("—", "« »"), SeedTags.UKRAINE));
        assertEquals(List.of(), index.find("", Set.of()));
        assertEquals(List.of(), index.find("— « » —", Set.of()));
        assertEquals(List.of("Ukraine"), names(index.find("Ukraine —", Set.of())));
    }

    @Test
    void aTagListedTwiceIsRejected() {
        UUID id = UUID.randomUUID();
        List<TagNames> twice = List.of(new TagNames(id, "Russie", List.of()), new TagNames(id, "Russie", List.of()));
        assertThrows(IllegalArgumentException.class, () -> EntityIndex.of(twice));
    }

    @Test
    void resultsDoNotDependOnTheOrderTagsWereIndexedIn() {
        String text = SeedText.fromDemoResource();
        List<TagNames> reversed = new ArrayList<>(SeedTags.ALL);
        Collections.reverse(reversed);
        assertEquals(SEED.find(text, Set.of()), EntityIndex.of(reversed).find(text, Set.of()));
        assertEquals(7, SEED.size());
    }
}
