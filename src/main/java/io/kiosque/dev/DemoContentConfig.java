package io.kiosque.dev;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The seed content of dev mode and tests ({@link DemoContent}); the package has neither. */
@ConfigMapping(prefix = "kiosque.demo-content")
public interface DemoContentConfig {

    /** Load the seed article, its section, author and tags at start-up (idempotent). */
    @WithDefault("false")
    boolean enabled();
}
