package io.kiosque.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * French-aware text normalisation shared by entity detection and search: folding (case, accents, ligatures) and
 * tokenisation with offsets into the original text.
 *
 * <p>
 * Rules, chosen so that a name matches however a newsroom happens to type it:
 * <ul>
 * <li>A token is a run of letters and digits (with their combining accents, soft hyphens and zero-width joiners).
 * Everything else separates tokens, so "Inde" is never found inside "Indépendance", nor "UE" inside "queue".</li>
 * <li>Folding lowercases, strips accents and expands ligatures as {@link io.kiosque.content.Slugs} does: "CORÉE" and
 * "coree" are both {@code coree}, "Œuvre" is {@code oeuvre}, "Sergueï" is {@code serguei}.</li>
 * <li>Hyphens and spaces are equivalent: both separate tokens, so "Kim Jong-un", "Kim Jong Un" and "kim-jong-un" are
 * the same three tokens. A consequence, wanted: "Russie" is found in "la frontière Russie-Ukraine". "Kim Jongun" (no
 * separator) is a different token.</li>
 * <li>The apostrophes ' ’ ʼ are equivalent separators. After an elided article or conjunction (l', d', j', m', n', s',
 * t', c', qu', jusqu', lorsqu', puisqu', quoiqu') the next token starts a word, so "Union" in "l'Union" can start a
 * mention; after any other word ("aujourd'hui", "O'Neill", "presqu'île") it continues that word and cannot.</li>
 * <li>No stemming: "ukrainien" is not "ukraine". Entity detection needs the exact name, stemming is search's
 * business.</li>
 * </ul>
 */
public final class FrenchText {

    /** Folded forms of the French elided articles, pronouns and conjunctions, as they stand before an apostrophe. */
    static final Set<String> ELISIONS = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu",
            "puisqu", "quoiqu");

    /** Letters that Unicode decomposition does not turn into ASCII, as the slug code spells them. */
    private static final Map<Integer, String> LIGATURES = Map.of((int) 'œ', "oe", (int) 'æ', "ae", (int) 'ß', "ss",
            (int) 'ø', "o", (int) 'đ', "d", (int) 'ł', "l");

    /** Folded forms of the Latin-1 and Latin Extended letters, which make up nearly all French text. */
    private static final String[] FOLDED_LATIN = new String[0x250];

    static {
        for (int c = 0; c < FOLDED_LATIN.length; c++) {
            FOLDED_LATIN[c] = computeFold(c);
        }
    }

    private FrenchText() {
    }

    /**
     * A word of the text, as matched: {@code text} is its folded form, {@code start} and {@code end} its char indices
     * in the original text (end exclusive).
     *
     * @param elision
     *            an elided article before an apostrophe, such as the "l" of "l'Union"
     * @param wordStart
     *            false when the token only continues a word across an apostrophe, such as the "hui" of "aujourd'hui"
     * @param lineStart
     *            the first token of the text or of a line: a name never spans a line break
     */
    public record Token(String text, int start, int end, boolean elision, boolean wordStart, boolean lineStart) {
    }

    /**
     * Lowercases, strips accents, expands ligatures and turns typographic apostrophes into {@code '}; everything else
     * is kept. The result may be longer than the input ("œ" becomes "oe"): use {@link #tokenize} for offsets.
     */
    public static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(c -> folded.append(isApostrophe(c) ? "'" : foldCodePoint(c)));
        return folded.toString();
    }

    /** The apostrophes French text is typed with: straight ', typographic ’ and the modifier letter ʼ. */
    public static boolean isApostrophe(int c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }

    /** The tokens of a text, in order; see the class comment for the rules. */
    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder folded = new StringBuilder();
        int gapStart = 0;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!isWordPart(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            folded.setLength(0);
            while (i < text.length() && isWordPart(c = text.codePointAt(i))) {
                folded.append(foldCodePoint(c));
                i += Character.charCount(c);
            }
            if (folded.length() == 0) {
                // Only marks or joiners, nothing a reader would call a word.
                continue;
            }
            Token previous = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
            boolean apostropheOnly = previous != null && start - gapStart == 1
                    && isApostrophe(text.charAt(gapStart));
            boolean elided = apostropheOnly && ELISIONS.contains(previous.text());
            if (elided) {
                tokens.set(tokens.size() - 1, new Token(previous.text(), previous.start(), previous.end(), true,
                        previous.wordStart(), previous.lineStart()));
            }
            boolean lineStart = previous == null || containsLineBreak(text, gapStart, start);
            tokens.add(new Token(folded.toString(), start, i, false, !apostropheOnly || elided, lineStart));
            gapStart = i;
        }
        return tokens;
    }

    private static boolean isWordPart(int c) {
        // ʼ (U+02BC) is a letter for Unicode, an apostrophe for French typists.
        return !isApostrophe(c) && (Character.isLetterOrDigit(c) || isMark(c) || isInvisibleInWord(c));
    }

    /** Soft hyphen, zero-width non-joiner and joiner, word joiner: they may sit inside a word and are dropped. */
    private static boolean isInvisibleInWord(int c) {
        return c == '\u00AD' || c == '\u200C' || c == '\u200D' || c == '\u2060';
    }

    private static boolean containsLineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static String foldCodePoint(int c) {
        return c < FOLDED_LATIN.length ? FOLDED_LATIN[c] : computeFold(c);
    }

    private static String computeFold(int c) {
        if (isInvisibleInWord(c)) {
            return "";
        }
        int lower = Character.toLowerCase(c);
        String ligature = LIGATURES.get(lower);
        if (ligature != null) {
            return ligature;
        }
        StringBuilder folded = new StringBuilder(2);
        Normalizer.normalize(Character.toString(lower), Normalizer.Form.NFKD).codePoints()
                .filter(d -> !isMark(d)).map(Character::toLowerCase).forEach(folded::appendCodePoint);
        return folded.toString();
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
