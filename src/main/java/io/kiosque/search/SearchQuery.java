package io.kiosque.search;

import java.util.regex.Pattern;

import io.kiosque.http.ProblemException;

/**
 * A reader's full-text query ({@code q}), checked and cleaned; the database analyses it (see {@code V3__search.sql}).
 *
 * <p>
 * Web-search syntax: every word is required, {@code "quoted words"} are a phrase, {@code -word} excludes and {@code or}
 * between words accepts either. Operators of the raw tsquery syntax ({@code & | ! : * ( )}) are plain punctuation here,
 * so no input can make the query fail. A query made only of stop words or punctuation (such as {@code le} or
 * {@code &|!}) matches nothing: the list is empty, which is what a search box that found nothing shows. A blank query
 * is a 400: it is a client mistake, not a search.
 */
public record SearchQuery(String text) {

    /** In characters (code points): longer queries are a 400. Enough for any phrase a reader types. */
    public static final int MAX_LENGTH = 200;

    // NUL cannot be stored in PostgreSQL text; tabs and line breaks come from copy and paste. None of them carries
    // meaning in a query.
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}+");

    /** The query in {@code raw}, or null when the parameter is absent. */
    public static SearchQuery parse(String parameter, String raw) {
        if (raw == null) {
            return null;
        }
        String text = CONTROL.matcher(raw).replaceAll(" ").strip();
        if (text.isEmpty()) {
            throw ProblemException.invalidParameter(parameter, "must not be blank");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw ProblemException.invalidParameter(parameter, "must be at most " + MAX_LENGTH + " characters");
        }
        return new SearchQuery(text);
    }
}
