package io.kiosque.article;

import java.util.Arrays;
import java.util.Optional;

/**
 * The orders an article list can be read in; each is a keyset on (instant, id), or on (rank, id) for relevance, which
 * needs a full-text query.
 */
public enum ArticleSort {
    NEWEST_PUBLISHED("-publishedAt", "a.publishedAt", true), OLDEST_PUBLISHED("publishedAt", "a.publishedAt",
            false), RECENTLY_UPDATED("-updatedAt", "a.updatedAt", true), RELEVANCE("relevance", null, true);

    final String wireName;
    final String instantPath;
    final boolean descending;

    ArticleSort(String wireName, String instantPath, boolean descending) {
        this.wireName = wireName;
        this.instantPath = instantPath;
        this.descending = descending;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ArticleSort> fromWireName(String value) {
        return Arrays.stream(values()).filter(sort -> sort.wireName.equals(value)).findFirst();
    }
}
