package io.kiosque.security;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.kiosque.http.hardening.HttpHardening;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Requests with an invalid or revoked bearer token, per client address: past the limit, an address gets a 429 with
 * {@code Retry-After} for anything it sends with a token, so that guessing tokens stays slow. Anonymous reads go on.
 */
@Singleton
public class FailedAuthenticationLimit {

    private final RateLimits limits;
    private final HttpHardening hardening;

    FailedAuthenticationLimit(RateLimits limits, HttpHardening hardening) {
        this.limits = limits;
        this.hardening = hardening;
    }

    void register(@Observes Filters filters) {
        // Right after the security headers are set up, before anything reads the token.
        filters.register(this::handle, HttpHardening.FILTER_PRIORITY - 10);
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (!request.headers().contains(HttpHeaders.AUTHORIZATION) || limits.failedAuthentications().isEmpty()) {
            ctx.next();
            return;
        }
        TokenBuckets failures = limits.failedAuthentications().get();
        String address = clientAddress(request);
        long wait = failures.waitFor(address);
        if (wait > 0) {
            ctx.response().putHeader("Retry-After", Long.toString(wait));
            hardening.send(ctx, 429,
                    "Too many requests with an invalid bearer token from this address; retry in " + wait + " s.");
            return;
        }
        ctx.addHeadersEndHandler(ignored -> {
            if (ctx.response().getStatusCode() == 401) {
                failures.take(address);
            }
        });
        ctx.next();
    }

    /** The peer's address; behind a proxy, enable quarkus.http.proxy.* so that it is the client's. */
    static String clientAddress(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
