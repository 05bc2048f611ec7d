package io.kiosque.http.hardening;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The security headers of every response. */
@ConfigMapping(prefix = "kiosque.security-headers")
public interface SecurityHeadersConfig {

    /** The policy of every response but Swagger UI's: the API serves data, never pages, and is never framed. */
    @WithDefault("default-src 'none'; frame-ancestors 'none'")
    String contentSecurityPolicy();

    /** Swagger UI's policy: its scripts, styles and images come from this server, and it calls only this server. */
    @WithDefault("default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src "
            + "'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'")
    String swaggerUiContentSecurityPolicy();

    /** Where Swagger UI is served (quarkus.swagger-ui.path): responses under it get its policy. */
    @WithDefault("/q/swagger-ui")
    String swaggerUiPath();

    /**
     * max-age of Strict-Transport-Security, sent only when set. Set it only when clients reach Kiosque over HTTPS (at a
     * TLS-terminating proxy, say): browsers then refuse plain HTTP to this host for that long.
     */
    Optional<Duration> hstsMaxAge();
}
