package io.kiosque.support;

/**
 * Requests and answers quoted in test failures. Main code quotes client input with {@code Problems.abbreviate}; a test
 * also needs to see the control characters it sent, and how long the text really was.
 */
public final class Printable {

    private Printable() {
    }

    /** The text with NUL, CR and LF made visible, cut after {@code max} characters with its full length said. */
    public static String abbreviate(String text, int max) {
        String printable = text.replace("\u0000", "\\u0000").replace("\n", "\\n").replace("\r", "\\r");
        return printable.length() <= max
                ? printable
                : printable.substring(0, max) + "... (" + text.length() + " chars)";
    }
}
