package io.kiosque.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns French headlines and names into URL slugs: lowercase ASCII words joined by hyphens.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 150;
    public static final String PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
    private static final Pattern VALID = Pattern.compile(PATTERN);
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /**
     * "La Corée du Nord" → "la-coree-du-nord", "Sergueï" → "serguei", "cœur" → "coeur", "l'État" → "l-etat". Returns an
     * empty string when nothing sluggable is left (the caller picks a fallback).
     */
    public static String slugify(String text) {
        if (text == null) {
            return "";
        }
        String ligaturesExpanded = text.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae").replace("Æ", "Ae")
                .replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("đ", "d").replace("Đ", "D")
                .replace("ł", "l").replace("Ł", "L");
        String withoutAccents = COMBINING_MARKS.matcher(Normalizer.normalize(ligaturesExpanded, Normalizer.Form.NFKD))
                .replaceAll("");
        // Apostrophes, quotes (« » ' ’) and every other non-alphanumeric run become a
        // single hyphen.
        String slug = SEPARATORS.matcher(withoutAccents.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > MAX_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_LENGTH);
            slug = trimHyphens(slug.substring(0, cut > 0 ? cut : MAX_LENGTH));
        }
        return slug;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
