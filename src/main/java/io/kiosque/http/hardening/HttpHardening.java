package io.kiosque.http.hardening;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.kiosque.http.Problem;
import io.kiosque.http.Problems;
import io.kiosque.http.openapi.OpenApiServerConfig;
import io.kiosque.http.openapi.ServerUrl;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;

/**
 * What every HTTP exchange goes through before any route, CORS included: security headers on every response (errors,
 * redirects and 304s too) and the body size limit answered with a problem document. Failures of the HTTP layer itself
 * (a malformed URL) become problem documents too. A body of unknown length (chunked, or an HTTP/2 stream without
 * content-length) is bounded as it is read, by {@link RequestBodies}.
 */
@ApplicationScoped
public class HttpHardening {

    /** Before Quarkus's CORS filter (300), so that its rejections carry the security headers too. */
    public static final int FILTER_PRIORITY = 400;
    private static final long DRAIN_TIMEOUT_MILLIS = 5_000;
    private static final Logger LOG = Logger.getLogger(HttpHardening.class);

    private final SecurityHeadersConfig headers;
    private final ObjectMapper mapper;
    private final Optional<MemorySize> maxBodySize;
    private final String swaggerUiPolicy;

    HttpHardening(SecurityHeadersConfig headers, OpenApiServerConfig openApi, ObjectMapper mapper,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.headers = headers;
        this.mapper = mapper;
        this.maxBodySize = maxBodySize;
        this.swaggerUiPolicy = allowingConnectionsTo(headers.swaggerUiContentSecurityPolicy(),
                ServerUrl.configured(openApi));
    }

    /**
     * Swagger UI's "Try it out" calls the document's server: when it is another origin (the public API URL behind a
     * CDN, say), the policy lets the page connect to it too.
     */
    static String allowingConnectionsTo(String policy, Optional<URI> server) {
        if (server.isEmpty() || server.get().getScheme() == null || server.get().getHost() == null) {
            return policy;
        }
        URI url = server.get();
        String origin = url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
        return policy.contains("connect-src ")
                ? policy.replace("connect-src ", "connect-src " + origin + " ")
                : policy + "; connect-src 'self' " + origin;
    }

    void registerFilter(@Observes Filters filters) {
        filters.register(this::handle, FILTER_PRIORITY);
    }

    void registerFailureHandler(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        // Quarkus bounds a body of unknown length by ending the response with a bare 413 from inside the REST layer's
        // input stream; RequestBodies bounds it instead, with a problem document. Quarkus sets its bound in the route
        // of this order, so it is taken out right after.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(ctx -> {
            ctx.remove(VertxHttpRecorder.MAX_REQUEST_SIZE_KEY);
            ctx.next();
        });
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        HttpServerResponse response = ctx.response();
        ctx.addHeadersEndHandler(ignored -> addSecurityHeaders(request.path(), response));

        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && maxBodySize.isPresent() && tooLarge(length, maxBodySize.get().asLongValue())) {
            stopReadingAfterResponse(request, maxBodySize.get().asLongValue());
            send(ctx, 413, bodyTooLarge());
            return;
        }
        ctx.next();
    }

    /**
     * The client may still be sending a body nobody will read. An HTTP/1.1 connection is closed once the answer is
     * sent, but only after the rest of the body has arrived (up to one more body's worth, for a few seconds): closing
     * with unread bytes makes the kernel reset the connection, and the client loses the answer it was about to read. An
     * HTTP/2 stream ends with the answer and leaves the connection's other streams alone.
     */
    static void stopReadingAfterResponse(HttpServerRequest request, long drainLimit) {
        if (request.version() == HttpVersion.HTTP_2) {
            return;
        }
        HttpServerResponse response = request.response();
        response.putHeader(HttpHeaders.CONNECTION, "close");
        response.endHandler(ignored -> {
            HttpConnection connection = request.connection();
            if (request.isEnded()) {
                connection.close();
                return;
            }
            long[] left = {drainLimit};
            long timer = Vertx.currentContext().owner().setTimer(DRAIN_TIMEOUT_MILLIS, id -> connection.close());
            request.handler(buffer -> {
                left[0] -= buffer.length();
                if (left[0] < 0) {
                    connection.close();
                }
            });
            request.endHandler(end -> {
                Vertx.currentContext().owner().cancelTimer(timer);
                connection.close();
            });
            request.resume();
        });
    }

    private void failed(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten()) {
            ctx.next();
            return;
        }
        Throwable failure = ctx.failure();
        int status = failure instanceof HttpException http ? http.getStatusCode() : ctx.statusCode();
        if (status < 400 || status > 599) {
            status = 500;
        }
        if (status >= 500) {
            LOG.error("Request failed in the HTTP layer", failure);
        }
        String detail = switch (status) {
            case 400 -> "The request could not be read: the URL or a header is malformed.";
            case 500 -> "The server could not complete the request.";
            default -> Problems.forStatus(status, "", null).title() + ".";
        };
        send(ctx, status, detail);
    }

    /**
     */
    String bodyTooLarge() {
        return "The request body is larger than the "
                + maxBodySize.map(size -> size.asLongValue() + " bytes").orElse("allowed size") + " allowed.";
    }

    private static boolean tooLarge(String contentLength, long max) {
        try {
            return Long.parseLong(contentLength.trim()) > max;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed Content-Length itself
        }
    }

    private void addSecurityHeaders(String path, HttpServerResponse response) {
        response.headers().set("X-Content-Type-Options", "nosniff").set("Referrer-Policy", "no-referrer")
                .set("X-Frame-Options", "DENY");
        boolean swaggerUi = path != null && path.startsWith(headers.swaggerUiPath());
        response.headers().set("Content-Security-Policy",
                swaggerUi ? swaggerUiPolicy : headers.contentSecurityPolicy());
        // With CORS, a response depends on the request's Origin: shared caches must key on it.
        String vary = response.headers().get(HttpHeaders.VARY);
        if (vary == null || vary.isBlank()) {
            response.headers().set(HttpHeaders.VARY, "Origin");
        } else if (!vary.toLowerCase(Locale.ROOT).contains("origin")) {
            response.headers().set(HttpHeaders.VARY, vary + ", Origin");
        }
        headers.hstsMaxAge().ifPresent(maxAge -> response.headers().set("Strict-Transport-Security",
                "max-age=" + maxAge.toSeconds() + "; includeSubDomains"));
    }

    /** Answers from a Vert.x filter or route, before the REST layer: a problem document, as everywhere else. */
    public void send(RoutingContext ctx, int status, String detail) {
        Problem problem = Problems.forStatus(status, detail, ctx.request().path());
        String body;
        try {
            body = mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"title\":\"" + problem.title() + "\",\"status\":" + status + "}";
        }
        ctx.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
    }
}
