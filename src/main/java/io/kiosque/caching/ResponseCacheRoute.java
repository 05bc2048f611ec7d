package io.kiosque.caching;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

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
 * Serves anonymous reads from the {@link ResponseCache} before the REST layer, which a hit never reaches: the whole
 * answer (200, 304 or HEAD) comes from the entry. A miss goes on to the REST layer, where {@link HttpCaching} stores
 * it.
 */
@Singleton
public class ResponseCacheRoute {

    private final ResponseCache cache;

    ResponseCacheRoute(ResponseCache cache) {
        this.cache = cache;
    }

    void install(@Observes Router router) {
        if (cache.enabled()) {
            router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::handle);
        }
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!ResponseCache.cacheable(request.method().name(), request.path(), request.query(),
                request.headers().contains(HttpHeaders.AUTHORIZATION))) {
            context.next();
            return;
        }
        ResponseCache.Entry entry = cache.lookup(ResponseCache.key(request.path(), request.query(),
                request.getHeader(HttpHeaders.ACCEPT)));
        if (entry == null) {
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
}
