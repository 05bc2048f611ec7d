package io.kiosque.token;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The first administrator's token ({@link TokenService}). */
@ConfigMapping(prefix = "kiosque.auth")
public interface AuthConfig {

    /** Installed at start-up if no token has it; at least {@value TokenService#MIN_BOOTSTRAP_LENGTH} characters. */
    Optional<String> bootstrapToken();
}
