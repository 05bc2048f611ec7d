package io.kiosque.article;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Preview links to drafts ({@link Previews}). */
@ConfigMapping(prefix = "kiosque.preview")
public interface PreviewConfig {

    /** How long a preview link shows a draft to whoever has it. */
    @WithDefault("1h")
    Duration ttl();
}
