package io.kiosque.http;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * An opaque keyset position: the sort it belongs to, the sort-key values of the last item served and a fingerprint of
 * the filters, so that a cursor cannot be replayed against another query. Not a secret; forging one only moves the
 * position inside results the caller may read anyway.
 */
public record Cursor(String sort, String filterFingerprint, List<String> keys) {

    private static final String VERSION = "k1";
    private static final char SEPARATOR = '\u001f';

    public String encode() {
        StringBuilder raw = new StringBuilder(VERSION).append(SEPARATOR).append(sort).append(SEPARATOR)
                .append(filterFingerprint);
        for (String key : keys) {
            raw.append(SEPARATOR).append(key);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Decodes a cursor for the given sort and filters, or fails with a 400 naming the parameter.
     */
    public static Cursor decode(String encoded, String expectedSort, String expectedFingerprint, int keyCount) {
        String raw;
        try {
            if (encoded.length() > 1024) {
                throw new IllegalArgumentException("too long");
            }
            // Decoded strictly and checked: the keys end up in SQL parameters.
            raw = StorableInput.decodeStrictly(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw ProblemException.invalidParameter("cursor", "not a cursor issued by this API");
        }
        if (!StorableInput.isStorable(raw)) {
            throw ProblemException.invalidParameter("cursor", "not a cursor issued by this API");
        }
        List<String> parts = split(raw);
        if (parts.size() != 3 + keyCount || !VERSION.equals(parts.get(0))) {
            throw ProblemException.invalidParameter("cursor", "not a cursor issued by this API");
        }
        if (!parts.get(1).equals(expectedSort) || !parts.get(2).equals(expectedFingerprint)) {
            throw ProblemException.invalidParameter("cursor",
                    "this cursor belongs to another sort or other filters; start again without it");
        }
        return new Cursor(parts.get(1), parts.get(2), List.copyOf(parts.subList(3, parts.size())));
    }

    private static List<String> split(String raw) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) == SEPARATOR) {
                parts.add(raw.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(raw.substring(start));
        return parts;
    }
}
