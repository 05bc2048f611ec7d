package io.kiosque.common;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.kiosque.auth.CurrentCaller;
import io.kiosque.delivery.ResponseCacheRoute;
import io.vertx.ext.web.RoutingContext;

/**
 * HTTP caching for every successful response with a body: a strong ETag from the exact bytes sent, Last-Modified, 304
 * on If-None-Match / If-Modified-Since, Cache-Control (public for anonymous readers, private for token holders) and
 * Surrogate-Key so a CDN can purge exactly what a change touched. The body is serialised once, here.
 */
public class HttpCaching {

    private final Representations representations;
    private final CurrentCaller caller;
    private final String publicCacheControl;

    HttpCaching(Representations representations, CurrentCaller caller,
            @ConfigProperty(name = "kiosque.http.cache.max-age", defaultValue = "60") int maxAge,
            @ConfigProperty(name = "kiosque.http.cache.stale-while-revalidate", defaultValue = "300") int staleWhileRevalidate) {
        this.representations = representations;
        this.caller = caller;
        this.publicCacheControl = "public, max-age=" + maxAge + ", stale-while-revalidate=" + staleWhileRevalidate;
    }

    @ServerResponseFilter
    public void apply(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
        int status = response.getStatus();
        Object entity = response.getEntity();
        if (entity == null || status < 200 || status >= 300 || entity instanceof Problem) {
            return;
        }
        byte[] body = representations.bytes(entity);
        // A resource may name the ETag of another representation (an import answers with the draft's ETag).
        Object explicit = response.getHeaders().getFirst(HttpHeaders.ETAG);
        String etag = explicit != null ? explicit.toString() : Representations.etagOfBytes(body);
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.setEntity(body, null, response.getMediaType());

        String method = request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
            return;
        }
        Instant lastModified = entity instanceof Cacheable cacheable ? cacheable.lastModified() : null;
        if (lastModified != null) {
            response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, httpDate(lastModified));
        }
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL,
                    caller.get().isAnonymous() ? publicCacheControl : "private, no-store");
        }
        response.getHeaders().putSingle(HttpHeaders.VARY, "Accept, Accept-Encoding, Authorization");
        List<String> keys = new ArrayList<>();
        keys.add(collectionKey(request.getUriInfo().getPath()));
        if (entity instanceof Cacheable cacheable) {
            keys.addAll(cacheable.cacheKeys());
        }
        response.getHeaders().putSingle("Surrogate-Key", String.join(" ", keys));
        if (caller.get().isAnonymous()) {
            // Only single resources name everything they show; anything else is evicted by any change.
            boolean collection = entity instanceof Page<?> || !(entity instanceof Cacheable);
            ResponseCacheRoute.markCacheable(routing, body, Set.copyOf(keys), collection);
        }

        if (notModified(request, etag, lastModified)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private static boolean notModified(ContainerRequestContext request, String etag, Instant lastModified) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            // RFC 9110: If-None-Match uses weak comparison, and takes precedence over If-Modified-Since.
            return Representations.matchesWeakly(ifNoneMatch, etag);
        }
        String ifModifiedSince = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince != null && lastModified != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
            } catch (DateTimeParseException e) {
                return false; // RFC 9110: an invalid date is ignored
            }
        }
        return false;
    }

    /** {@code /api/v1/articles/x} → {@code articles}: purging it purges every list and item of that collection. */
    private static String collectionKey(String path) {
        String[] segments = path.replaceFirst("^/", "").split("/");
        return segments.length >= 3 && segments[0].equals("api") ? segments[2] : segments[0];
    }

    static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
    }
}
