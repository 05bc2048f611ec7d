package io.kiosque.article;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** Editorial workflow states: draft → scheduled → published → archived. */
public enum ArticleStatus {
    DRAFT, SCHEDULED, PUBLISHED, ARCHIVED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ArticleStatus> fromWireName(String value) {
        return Arrays.stream(values()).filter(status -> status.wireName().equals(value)).findFirst();
    }
}
