package io.kiosque.tag;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of entity a tag names. */
public enum TagType {
    PERSON, COUNTRY, ORGANISATION;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TagType> fromWireName(String value) {
        return Arrays.stream(values()).filter(type -> type.wireName().equals(value)).findFirst();
    }
}
