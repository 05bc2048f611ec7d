package io.kiosque.http;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.time.Instant;
import java.util.Optional;

/**
 * What may reach the database. PostgreSQL refuses U+0000 in text and instants outside its timestamp range; Java strings
 * may also hold unpaired surrogates, which no UTF-8 encoder can write faithfully. Every input boundary (URLs, JSON and
 * text bodies, cursors) checks its values here, so that such input is a 4xx naming it, never a failed SQL statement.
 */
public final class StorableInput {

    /** The first instant Kiosque accepts: ISO 8601 four-digit years, well inside PostgreSQL's range. */
    public static final Instant MIN_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999999Z");

    private StorableInput() {
    }

    /** Why this text cannot be stored, or empty when it can. */
    public static Optional<String> textProblem(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of("must not contain the NUL character (U+0000)");
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("must be valid Unicode (unpaired surrogate)");
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("must be valid Unicode (unpaired surrogate)");
            }
        }
        return Optional.empty();
    }

    public static boolean isStorable(CharSequence text) {
        return textProblem(text).isEmpty();
    }

    public static boolean isStorable(Instant instant) {
        return !instant.isBefore(MIN_INSTANT) && !instant.isAfter(MAX_INSTANT);
    }

    /** Decodes bytes that must be well-formed in the charset: malformed input fails instead of becoming U+FFFD. */
    public static String decodeStrictly(byte[] bytes, Charset charset) throws CharacterCodingException {
        CharBuffer decoded = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        return decoded.toString();
    }
}
