package io.kiosque.http.openapi;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.config.SmallRyeConfig;

/**
 * The document's server, read at start-up so that a deployment sets it without a rebuild: the public base URL in
 * {@code kiosque.openapi.server-url} when there is one, else {@code /}, which clients and Swagger UI resolve against
 * the server that served the document (so "Try it out" works on any host and port).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class ServerUrl implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        String url = configured(ConfigProvider.getConfig().unwrap(SmallRyeConfig.class)
                .getConfigMapping(OpenApiServerConfig.class)).map(URI::toString).orElse("/");
        openAPI.setServers(List.of(OASFactory.createServer().url(url).description(
                url.equals("/") ? "The server that serves this document." : "The public API.")));
    }

    /** The configured public base URL, without a trailing slash. */
    public static Optional<URI> configured(OpenApiServerConfig config) {
        return config.serverUrl().map(String::strip)
                .filter(value -> !value.isEmpty()).map(value -> URI.create(value.replaceAll("/+$", "")));
    }
}
