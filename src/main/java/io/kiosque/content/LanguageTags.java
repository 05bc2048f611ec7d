package io.kiosque.content;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/**
 * BCP 47 language tags, kept in their canonical form ({@code fr}, {@code fr-CA}) so that equality is exact.
 */
public final class LanguageTags {

    private LanguageTags() {
    }

    public static Optional<String> canonical(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag).build();
            if (locale.getLanguage().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(locale.toLanguageTag());
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }
}
