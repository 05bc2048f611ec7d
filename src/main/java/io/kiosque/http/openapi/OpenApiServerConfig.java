package io.kiosque.http.openapi;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The OpenAPI document's server ({@link ServerUrl}). */
@ConfigMapping(prefix = "kiosque.openapi")
public interface OpenApiServerConfig {

    /** The public base URL of the API (e.g. {@code https://api.example.com}); none: {@code /}. */
    Optional<String> serverUrl();
}
