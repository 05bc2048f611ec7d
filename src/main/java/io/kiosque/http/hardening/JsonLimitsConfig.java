package io.kiosque.http.hardening;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds the JSON parser enforces on every request body, before anything is mapped or validated. */
@ConfigMapping(prefix = "kiosque.json")
public interface JsonLimitsConfig {

    /** Deepest nesting of arrays and objects; the deepest request the API documents is 4 levels deep. */
    @WithDefault("64")
    int maxNestingDepth();

    /** Longest string value, in characters; the longest documented field takes 200,000. */
    @WithDefault("1000000")
    int maxStringLength();
}
