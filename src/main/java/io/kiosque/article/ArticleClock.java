package io.kiosque.article;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The time articles record: truncated to microseconds, what PostgreSQL keeps, so that an instant read back equals the
 * one written (and so does the representation's ETag).
 */
final class ArticleClock {

    private ArticleClock() {
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
