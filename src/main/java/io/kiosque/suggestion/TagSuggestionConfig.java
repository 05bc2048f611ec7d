package io.kiosque.suggestion;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "kiosque.tag-suggestions")
public interface TagSuggestionConfig {

    /**
     * How long an instance uses its tag index before reloading it, so that tags changed through another instance are
     * suggested here too.
     */
    @WithDefault("60s")
    Duration indexTtl();
}
