package io.kiosque.caching;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves anonymous GETs from the {@link ResponseCache} before the REST layer, and stores what the REST layer marked as
 * cacheable ({@link #markCacheable}) once its headers are final.
 */
@Singleton
public class ResponseCacheRoute {

    private static final String GENERATION = "kiosque.cache.generation";
    private static final String BODY = "kiosque.cache.body";
    private static final String KEYS = "kiosque.cache.keys";
    private static final String COLLECTION = "kiosque.cache.collection";
    private static final String CONTENT_TYPE = "kiosque.cache.content-type";
    private static final String CHANGE_SEQUENCE = "kiosque.cache.change-sequence";

    private final ResponseCache cache;

    ResponseCacheRoute(ResponseCache cache) {
        this.cache = cache;
    }

    void install(@Observes Router router) {
        if (cache.enabled()) {
            router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::handle);
        }
    }

    /**
     * Called by the REST layer for a public 200, before it may turn into a 304: the exact bytes of the representation,
     * its Content-Type, the cache tags, and whether it is a list.
     */
    public static void markCacheable(RoutingContext context, byte[] body, String contentType, Set<String> cacheKeys,
            boolean collection) {
        if (context != null && context.get(GENERATION) != null) {
            context.put(BODY, body);
            context.put(CONTENT_TYPE, contentType);
            context.put(KEYS, cacheKeys);
            context.put(COLLECTION, collection);
        }
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!cacheable(request)) {
            context.next();
            return;
        }
        String key = key(request);
        ResponseCache.Entry entry = cache.lookup(key);
        if (entry == null) {
            long generation = cache.generation();
            context.put(GENERATION, generation);
            // Before computing: the response can only be as fresh as, or fresher than, what this sequence says.
            context.put(CHANGE_SEQUENCE, cache.changeSequence());
            context.addHeadersEndHandler(ignored -> store(context, key, generation));
            context.next();
            return;
        }
        var response = context.response();
        entry.headers().forEach(response::putHeader);
        String lastModified = entry.headers().get("Last-Modified");
        if (HttpCaching.notModified(request.getHeader(HttpHeaders.IF_NONE_MATCH),
                request.getHeader(HttpHeaders.IF_MODIFIED_SINCE), entry.etag(),
                lastModified == null
                        ? null
                        : ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())) {
            response.setStatusCode(304).headers().remove(HttpHeaders.CONTENT_TYPE);
            response.end();
        } else if (request.method() == HttpMethod.HEAD) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(entry.body().length)).end();
        } else {
            response.end(Buffer.buffer(entry.body()));
        }
    }

    private void store(RoutingContext context, String key, long generation) {
        byte[] body = context.get(BODY);
        var response = context.response();
        String cacheControl = response.headers().get(HttpHeaders.CACHE_CONTROL);
        // A revalidation (304) computed the whole representation too: keep it, so that the next ones are hits.
        int status = response.getStatusCode();
        if (body == null || status != 200 && status != 304 || cacheControl == null
                || !cacheControl.startsWith("public")) {
            return;
        }
        Map<String, String> headers = new HashMap<>();
        for (String name : ResponseCache.replayedHeaders()) {
            String value = response.headers().get(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        headers.putIfAbsent("Content-Type", context.get(CONTENT_TYPE)); // a 304 carries none
        cache.store(key, new ResponseCache.Entry(body, headers.get("ETag"), Map.copyOf(headers), context.get(KEYS),
                context.get(COLLECTION), context.get(CHANGE_SEQUENCE), System.nanoTime()), generation);
    }

    /** Anonymous reads of the public API, feeds and sitemaps; a token or a preview always goes to the REST layer. */
    private static boolean cacheable(HttpServerRequest request) {
        if (request.method() != HttpMethod.GET && request.method() != HttpMethod.HEAD
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return false;
        }
        String path = request.path();
        if (!(path.startsWith("/api/v1/") || path.startsWith("/feeds/") || path.startsWith("/sitemap"))) {
            return false;
        }
        String query = request.query();
        return query == null || !query.contains("preview=");
    }

    /** The exact request: path, raw query and the representation asked for. */
    private static String key(HttpServerRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return request.path() + '?' + (request.query() == null ? "" : request.query()) + '|'
                + (accept == null ? "" : accept);
    }
}
