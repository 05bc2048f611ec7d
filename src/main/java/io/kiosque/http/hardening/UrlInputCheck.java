package io.kiosque.http.hardening;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.kiosque.http.ProblemError;
import io.kiosque.http.ProblemException;
import io.kiosque.http.StorableInput;

/**
 * Checks the URL of every API request before it is routed: percent-encoded bytes must be UTF-8, the decoded text
 * storable (no U+0000), and query parameters must have a value. A path that fails names nothing (404, as an unknown
 * slug, saying why, so that it is not mistaken for an unmatched route); a query parameter that fails is a 400 naming
 * it. Without this, {@code /api/v1/articles/%00} reached PostgreSQL, which refuses NUL in text.
 */
public class UrlInputCheck {

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 100)
    public void check(ContainerRequestContext request) {
        String rawPath = request.getUriInfo().getRequestUri().getRawPath();
        if (rawPath != null && problemIn(rawPath).isPresent()) {
            throw ProblemException.notFound(
                    "No resource at this address: a path must be percent-encoded UTF-8 without NUL characters.");
        }
        String rawQuery = request.getUriInfo().getRequestUri().getRawQuery();
        if (rawQuery == null) {
            return;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            Optional<String> nameProblem = problemIn(rawName);
            if (nameProblem.isPresent()) {
                throw new ProblemException(400, "invalid-parameter", "Invalid query parameter",
                        "A query parameter name " + nameProblem.get() + ".",
                        List.of(ProblemError.atParameter("", nameProblem.get())));
            }
            // An empty value (?limit= or ?cursor) would silently mean "absent": say so instead.
            Optional<String> valueProblem = equals < 0 || equals == pair.length() - 1
                    ? Optional.of("must have a value; leave the parameter out instead")
                    : problemIn(pair.substring(equals + 1));
            if (valueProblem.isPresent()) {
                throw ProblemException.invalidParameter(decode(rawName), valueProblem.get());
            }
        }
    }

    /** Why this percent-encoded URL component is not acceptable text, or empty when it is. */
    static Optional<String> problemIn(String raw) {
        if (raw.indexOf('%') < 0) {
            return StorableInput.textProblem(raw);
        }
        try {
            return StorableInput.textProblem(decodeStrictly(raw));
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return Optional.of("must be percent-encoded UTF-8");
        }
    }

    private static String decode(String raw) {
        try {
            return decodeStrictly(raw);
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return raw;
        }
    }

    /** Percent-decoding ({@code +} stays a plus: it is a space only in form bodies) that fails on malformed UTF-8. */
    private static String decodeStrictly(String raw) throws CharacterCodingException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                // Raw URLs are ASCII; anything else is passed through as UTF-8 and checked with the rest.
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                continue;
            }
            int high = i + 1 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
            if (high < 0 || low < 0) {
                throw new IllegalArgumentException("malformed escape");
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        return StorableInput.decodeStrictly(bytes.toByteArray(), StandardCharsets.UTF_8);
    }
}
