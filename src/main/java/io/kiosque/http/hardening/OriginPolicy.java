package io.kiosque.http.hardening;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.kiosque.http.Problems;
import io.kiosque.http.RequestIds;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Who may call from a browser page on another origin. Anyone may read public content: an anonymous GET or HEAD of the
 * API, its feeds, sitemaps or OpenAPI document carries no credential, so {@code Access-Control-Allow-Origin: *} gives
 * away nothing (Contentful's delivery API does the same). Anything else (a token, a preview link, a write) is for the
 * editor origins of {@code quarkus.http.cors.origins}, whose grants Quarkus' CORS filter gives after this one; from any
 * other origin it is a 403 problem document.
 */
@Singleton
public class OriginPolicy {

    /** Before Quarkus' CORS filter (300), after HttpHardening (400). */
    static final int FILTER_PRIORITY = 350;
    /** Request headers a browser may add to a public read besides the CORS-safelisted ones. */
    private static final Set<String> READ_HEADERS = Set.of("accept", "accept-language", "content-language",
            "if-none-match", "if-modified-since", RequestIds.HEADER.toLowerCase(Locale.ROOT));
    private static final String EXPOSED = "ETag, Last-Modified, Link, Location, Retry-After, Surrogate-Key, "
            + RequestIds.HEADER;

    private final boolean publicReads;
    private final Set<String> editorOrigins;
    private final HttpHardening hardening;

    OriginPolicy(CorsConfig config,
            @ConfigProperty(name = "quarkus.http.cors.origins") Optional<String> editorOrigins,
            HttpHardening hardening) {
        this.publicReads = config.publicReads();
        this.hardening = hardening;
        this.editorOrigins = editorOrigins.map(list -> Arrays.stream(list.split(",")).map(String::strip)
                .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, FILTER_PRIORITY);
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || editorOrigins.contains(origin) || sameOrigin(request, origin)) {
            ctx.next();
            return;
        }
        String requestedMethod = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        boolean open = publicReads && publicPath(request);
        if (request.method() == HttpMethod.OPTIONS && requestedMethod != null) {
            if (open && isRead(requestedMethod)
                    && readHeadersOnly(request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS))) {
                ctx.response().setStatusCode(204).putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET, HEAD")
                        .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, String.join(", ", READ_HEADERS))
                        .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "3600").end();
                return;
            }
            refuse(ctx, origin);
            return;
        }
        if (open && isRead(request.method().name()) && !request.headers().contains(HttpHeaders.AUTHORIZATION)) {
            // The grant is given here; Quarkus' filter, which knows only editor origins, would refuse the read.
            request.headers().remove(HttpHeaders.ORIGIN);
            ctx.addHeadersEndHandler(ignored -> ctx.response().headers()
                    .set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                    .set(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED));
            ctx.next();
            return;
        }
        refuse(ctx, origin);
    }

    /** What Quarkus' filter would answer, as a problem document: no grant, and the reason. */
    private void refuse(RoutingContext ctx, String origin) {
        hardening.send(ctx, 403, "Pages on " + Problems.abbreviate(origin, 100) + " may only read public content "
                + "anonymously; tokens, preview links and writes are for the editor origins this server lists.");
    }

    /** A page of this very server: its requests are not cross-origin, whatever they carry. */
    private static boolean sameOrigin(HttpServerRequest request, String origin) {
        String host = request.authority() == null ? null : request.authority().toString();
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }

    /** Published content, never a preview link's (a credential in the URL) and never an operator route. */
    private static boolean publicPath(HttpServerRequest request) {
        String path = request.path();
        boolean content = path.startsWith("/api/") || path.startsWith("/feeds/") || path.startsWith("/sitemap")
                || path.equals("/q/openapi");
        String query = request.query();
        return content && (query == null || !query.contains("preview="));
    }

    private static boolean isRead(String method) {
        return method.equals("GET") || method.equals("HEAD");
    }

    private static boolean readHeadersOnly(String requested) {
        if (requested == null || requested.isBlank()) {
            return true;
        }
        return Arrays.stream(requested.split(",")).map(name -> name.strip().toLowerCase(Locale.ROOT))
                .filter(name -> !name.isEmpty()).allMatch(READ_HEADERS::contains);
    }
}
