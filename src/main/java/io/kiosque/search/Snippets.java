package io.kiosque.search;

/**
 * Turns the database's raw snippet into safe HTML: the text is escaped, then the highlight markers become
 * {@code <mark>} elements. The markers are private-use characters that the database strips from content before it
 * highlights (see {@code kiosque_search_text} in {@code V3__search.sql}), so content can never forge a highlight, let
 * alone any other element.
 */
public final class Snippets {

    static final char START = '\uE000';
    static final char STOP = '\uE001';
    /** Stands for "<" in the analysed text, which the database's parser would otherwise take for markup. */
    static final char LESS_THAN = '\uE002';

    private Snippets() {
    }

    /** Null stays null. Runs of white space (block boundaries) become one space. */
    public static String toHtml(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder html = new StringBuilder(raw.length() + 32);
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && !html.isEmpty()) {
                html.append(' ');
            }
            space = false;
            switch (c) {
                case START -> html.append("<mark>");
                case STOP -> html.append("</mark>");
                case '&' -> html.append("&amp;");
                case '<', LESS_THAN -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
