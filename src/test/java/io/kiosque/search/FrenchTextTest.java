package io.kiosque.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.kiosque.content.Slugs;

class FrenchTextTest {

    private static List<String> texts(String text) {
        return FrenchText.tokenize(text).stream().map(FrenchText.Token::text).toList();
    }

    @Test
    void foldingIgnoresCaseAccentsAndLigatures() {
        assertEquals("coree du nord", FrenchText.fold("CORÉE du Nord"));
        assertEquals("serguei lavrov", FrenchText.fold("Sergueï Lavrov"));
        assertEquals("oeuvre et aequo", FrenchText.fold("ŒUVRE et Æquo"));
        assertEquals("l'etat, l'union, l'ukraine", FrenchText.fold("l'État, l’Union, lʼUkraine"));
    }

    @Test
    void lettersFoldAsTheSlugCodeSpellsThem() {
        for (char letter : "àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆßøØłŁđĐñÑ".toCharArray()) {
            String text = String.valueOf(letter);
            assertEquals(Slugs.slugify(text), FrenchText.fold(text), text);
        }
    }

    @Test
    void tokensPointIntoTheOriginalText() {
        String text = "« L’Œuvre » de Sergueï Lavrov…";
        List<FrenchText.Token> tokens = FrenchText.tokenize(text);
        assertEquals(List.of("l", "oeuvre", "de", "serguei", "lavrov"), texts(text));
        assertEquals(List.of("L", "Œuvre", "de", "Sergueï", "Lavrov"),
                tokens.stream().map(token -> text.substring(token.start(), token.end())).toList());
    }

    @Test
    void decomposedAccentsFoldLikeComposedOnes() {
        String decomposed = Normalizer.normalize("Corée Sergueï", Normalizer.Form.NFD);
        List<FrenchText.Token> tokens = FrenchText.tokenize(decomposed);
        assertEquals(List.of("coree", "serguei"), texts(decomposed));
        assertEquals(decomposed.indexOf(' '), tokens.get(0).end(), "the accent belongs to the word");
    }

    @Test
    void hyphensAndSpacesSeparateTokensAlike() {
        List<String> expected = List.of("kim", "jong", "un");
        assertEquals(expected, texts("Kim Jong-un"));
        assertEquals(expected, texts("Kim Jong Un"));
        assertEquals(expected, texts("kim-jong-un"));
        assertEquals(expected, texts("Kim Jong\u2011un"));
        assertEquals(List.of("kim", "jongun"), texts("Kim Jongun"));
    }

    @Test
    void wordsAreNeverCutInsideAWord() {
        assertEquals(List.of("independance"), texts("Indépendance"));
        assertEquals(List.of("independance"), texts("Indé\u00ADpendance"));
        assertEquals(List.of("une", "queue"), texts("une queue"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "L",
            "Qu", "LORSQU"})
    void elidedWordsLetTheNextWordStart(String elided) {
        for (String apostrophe : List.of("'", "’", "ʼ")) {
            List<FrenchText.Token> tokens = FrenchText.tokenize(elided + apostrophe + "Ukraine");
            assertTrue(tokens.get(0).elision(), elided + apostrophe);
            assertTrue(tokens.get(1).wordStart(), elided + apostrophe);
            assertEquals(elided.length() + 1, tokens.get(1).start());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"aujourd'hui", "presqu’île", "O'Neill", "quelqu'un"})
    void anApostropheInsideAWordDoesNotStartAnother(String word) {
        List<FrenchText.Token> tokens = FrenchText.tokenize(word);
        assertFalse(tokens.get(0).elision());
        assertFalse(tokens.get(1).wordStart());
    }

    @Test
    void quotesTypedWithApostrophesAreNotElisions() {
        List<FrenchText.Token> tokens = FrenchText.tokenize("son soutien 'inconditionnel' à la Russie");
        assertTrue(tokens.stream().allMatch(FrenchText.Token::wordStart));
        assertTrue(tokens.stream().noneMatch(FrenchText.Token::elision));
    }

    @Test
    void theFirstTokenOfEachLineIsMarked() {
        List<FrenchText.Token> tokens = FrenchText.tokenize("Kim\nJong-un\r\n\r\nà Pyongyang");
        assertEquals(List.of(true, true, false, true, false),
                tokens.stream().map(FrenchText.Token::lineStart).toList());
    }

    @Test
    void charactersOutsideTheBasicPlaneKeepOffsetsRight() {
        String text = "Kim 🇰🇵 Jong-un 𝐊𝐂𝐍𝐀";
        List<FrenchText.Token> tokens = FrenchText.tokenize(text);
        assertEquals(List.of("kim", "jong", "un", "kcna"), texts(text));
        assertEquals("Jong", text.substring(tokens.get(1).start(), tokens.get(1).end()));
        assertEquals("𝐊𝐂𝐍𝐀", text.substring(tokens.get(3).start(), tokens.get(3).end()));
    }
}
