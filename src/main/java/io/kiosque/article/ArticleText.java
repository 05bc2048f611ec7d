package io.kiosque.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives what a reader would count from an article: its words and the minutes it takes to read them.
 */
public final class ArticleText {

    /** Average adult silent reading speed for French prose. */
    static final int WORDS_PER_MINUTE = 230;
    // "Jong-un", "l'agence" and "d'État" count as one word each, as a reader counts
    // them.
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");

    private ArticleText() {
    }

    public static void derive(Article article) {
        int words = countWords(article.headline) + countWords(article.standfirst);
        for (Block block : article.body) {
            words += countWords(block.readableText());
        }
        article.wordCount = words;
        article.readingTimeMinutes = words == 0 ? 0 : Math.max(1, (int) Math.ceil(words / (double) WORDS_PER_MINUTE));
    }

    /** An article's readable text and the ids of the tags it already carries. */
    public record ForSuggestions(String text, Set<UUID> tagIds) {
    }

    static ForSuggestions forSuggestions(Article article) {
        List<String> parts = new ArrayList<>();
        parts.add(article.headline);
        if (article.standfirst != null) {
            parts.add(article.standfirst);
        }
        for (Block block : article.body) {
            parts.add(block.readableText());
        }
        Set<UUID> tagIds = new HashSet<>();
        article.tags.forEach(tag -> tagIds.add(tag.id));
        return new ForSuggestions(String.join("\n\n", parts), tagIds);
    }

    static int countWords(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int count = 0;
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
