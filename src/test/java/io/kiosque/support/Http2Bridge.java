package io.kiosque.support;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.restassured.RestAssured;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;

/**
 * An HTTP/1.1 front that sends every request on to the test server over HTTP/2, so that a RestAssured suite
 * (RestAssured speaks HTTP/1.1 only) runs unchanged against the server's HTTP/2 stack: point {@code RestAssured.port}
 * at {@link #port()}. Headers and bodies pass as they are, a body of unknown length stays of unknown length, and the
 * answer comes back as the server gave it. A bridge that cannot reach the server, or reaches it over anything but
 * HTTP/2, answers 502, which no suite accepts.
 */
public final class Http2Bridge implements AutoCloseable {

    /** Connection-level headers of HTTP/1.1, which HTTP/2 forbids. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "transfer-encoding", "upgrade", "te", "host", "http2-settings");
    private static final long TIMEOUT_SECONDS = 30;

    private final Protocol protocol;
    private final int target;
    private final HttpServer server;

    private Http2Bridge(Protocol protocol, int target) throws Exception {
        if (protocol.version() != HttpVersion.HTTP_2) {
            throw new IllegalArgumentException(protocol + " is not HTTP/2");
        }
        this.protocol = protocol;
        this.target = target;
        this.server = Protocol.vertx().createHttpServer(new HttpServerOptions().setHost("localhost").setPort(0))
                .requestHandler(this::forward).listen().toCompletionStage().toCompletableFuture()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** A bridge to the server RestAssured currently points at. */
    public static Http2Bridge to(Protocol protocol) {
        try {
            return new Http2Bridge(protocol, RestAssured.port);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start an HTTP/2 bridge", e);
        }
    }

    public int port() {
        return server.actualPort();
    }

    /**
     * The request's body is read whole before anything else: a request that has already ended (an HTTP/2 GET ends with
     * its headers) cannot be read later, and a bridge that failed on that would answer 502 at random.
     */
    private void forward(HttpServerRequest in) {
        in.body().onSuccess(body -> forward(in, body))
                .onFailure(failure -> in.response().setStatusCode(502).end("HTTP/2 bridge: " + failure));
    }

    private void forward(HttpServerRequest in, Buffer body) {
        RequestOptions options = new RequestOptions().setMethod(in.method()).setPort(target).setURI(in.uri());
        in.headers().forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                options.addHeader(header.getKey(), header.getValue());
            }
        });
        boolean streamed = !in.headers().contains(HttpHeaders.CONTENT_LENGTH)
                && in.headers().contains(HttpHeaders.TRANSFER_ENCODING);
        HttpClient client = protocol.client();
        client.request(options).compose(out -> {
            if (streamed) {
                out.setChunked(true); // chunked becomes DATA frames without a length
            }
            return body.length() == 0 && !streamed ? out.send() : out.send(body);
        }).compose(response -> {
            if (response.version() != HttpVersion.HTTP_2) {
                return Future.failedFuture("the server answered over " + response.version() + ", not HTTP/2");
            }
            in.response().setStatusCode(response.statusCode());
            response.headers().forEach(header -> {
                if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                    in.response().headers().add(header.getKey(), header.getValue());
                }
            });
            return response.body();
        }).onComplete(done -> {
            if (done.succeeded()) {
                in.response().end(done.result());
            } else if (!in.response().headWritten()) {
                in.response().setStatusCode(502).end("HTTP/2 bridge: " + done.cause());
            } else {
                in.connection().close();
            }
            protocol.release(client);
        });
    }

    @Override
    public void close() {
        server.close();
    }
}
