package io.kiosque.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * Parses query parameters by hand: JAX-RS turns conversion failures of query parameters into 404s, and we want a 400
 * that names the parameter.
 */
public final class QueryParameters {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    private QueryParameters() {
    }

    public static int limit(String raw) {
        if (raw == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalidParameter("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    /**
     * An ISO 8601 instant with an offset ({@code 2025-06-01T08:00:00+02:00}) or a day ({@code 2025-06-01}, UTC).
     */
    public static Instant instant(String name, String raw) {
        if (raw == null) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(raw).toInstant();
        } catch (DateTimeParseException notAnInstant) {
            try {
                instant = LocalDate.parse(raw).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADay) {
                throw ProblemException.invalidParameter(name,
                        "must be an ISO 8601 instant with offset (2025-06-01T08:00:00+02:00) or a day (2025-06-01)");
            }
        }
        // Years such as +999999999 parse, but PostgreSQL cannot compare with them.
        if (!StorableInput.isStorable(instant)) {
            throw ProblemException.invalidParameter(name, "must be between years 0001 and 9999");
        }
        return instant;
    }

    /**
     * Like {@link #instant}, but a day means the end of that day: {@code to=2025-06-30} includes June 30th.
     */
    public static Instant endInstant(String name, String raw) {
        Instant instant = instant(name, raw);
        if (instant != null && raw.length() == 10) {
            return instant.plus(java.time.Duration.ofDays(1));
        }
        return instant;
    }

    /** A filter naming a resource by slug or id; null when absent. */
    public static String slugOrId(String name, String raw) {
        if (raw == null) {
            return null;
        }
        if (raw.length() > 200 || !(uuidOrNull(raw) != null || raw.matches("[A-Za-z0-9]+(-[A-Za-z0-9]+)*"))) {
            throw ProblemException.invalidParameter(name, "must be a slug or an id");
        }
        return raw;
    }

    public static UUID uuidOrNull(String raw) {
        if (raw == null || raw.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A short, stable digest of the filters a cursor was issued for. */
    public static String fingerprint(Object... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                digest.update(Objects.toString(part, "").getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
