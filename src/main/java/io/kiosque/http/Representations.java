package io.kiosque.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Serialises representations exactly as the HTTP layer does and derives their strong ETags, so that the ETag a reader
 * gets and the one a write compares against If-Match are computed by the same code.
 */
@ApplicationScoped
public class Representations {

    private final ObjectMapper mapper;

    Representations(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public byte[] bytes(Object entity) {
        if (entity instanceof Rendered rendered) {
            return rendered.bytes();
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return mapper.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + entity.getClass().getSimpleName(), e);
        }
    }

    public String etag(Object entity) {
        return etagOfBytes(bytes(entity));
    }

    public static String etagOfBytes(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The ETag of a representation derived from another (JSON-LD, selected fields): the source's, then a digest of its
     * own bytes, so that it changes when either does and still names the state of the resource it shows.
     */
    public static String derivedEtag(String sourceEtag, byte[] body) {
        return sourceEtag.substring(0, sourceEtag.length() - 1) + "." + etagOfBytes(body).substring(1, 11) + "\"";
    }

    /** If-Match for an update: required (428), and it must name the current representation (else 412). */
    public void requireMatch(String ifMatch, Object current, String resource) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition Required",
                    "Send If-Match with the ETag you read, so that no other change to this " + resource
                            + " is overwritten.",
                    null);
        }
        if (!matchesAnyRepresentation(ifMatch, etag(current))) {
            throw new ProblemException(412, "precondition-failed", "Precondition Failed", "The " + resource
                    + " changed since you read it (If-Match does not match its current ETag). Read it again and retry.",
                    null);
        }
    }

    /** Weak comparison (RFC 9110 13.1.2), as If-None-Match uses: {@code W/"x"} matches {@code "x"}. */
    public static boolean matchesWeakly(String header, String etag) {
        for (String candidate : header.split(",")) {
            String trimmed = candidate.trim();
            if (trimmed.equals("*") || trimmed.equals(etag) || trimmed.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Strong comparison (RFC 9110 13.1.1): weak validators never match; {@code *} matches any current representation.
     */
    /**
     * Strong comparison against the ETag of a resource's main representation or of one derived from it
     * ({@link #derivedEtag}): whoever read the JSON-LD or some fields of the current state may update it.
     */
    static boolean matchesAnyRepresentation(String header, String etag) {
        String derived = etag.substring(0, etag.length() - 1) + ".";
        for (String candidate : header.split(",")) {
            String trimmed = candidate.trim();
            if (trimmed.startsWith(derived) && trimmed.endsWith("\"")) {
                return true;
            }
        }
        return matches(header, etag);
    }

    public static boolean matches(String header, String etag) {
        for (String candidate : header.split(",")) {
            String trimmed = candidate.trim();
            if (trimmed.equals("*") || trimmed.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
