package io.kiosque.http.hardening;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Browser access from other origins beyond Quarkus' own {@code quarkus.http.cors.*} (the editor origins): see
 * {@link OriginPolicy}.
 */
@ConfigMapping(prefix = "kiosque.cors")
public interface CorsConfig {

    /** Whether a page on any origin may make anonymous reads of public content. */
    @WithDefault("true")
    boolean publicReads();
}
