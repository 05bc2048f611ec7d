package io.kiosque.support;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;

/**
 * The ways a client speaks HTTP to Kiosque without TLS: HTTP/1.1, HTTP/2 by upgrading an HTTP/1.1 request (h2c, as curl
 * --http2 and the JDK's HttpClient do), and HTTP/2 with prior knowledge (as curl --http2-prior-knowledge, gRPC-style
 * clients and many proxies do). Each upgrade-mode exchange opens a connection of its own, so that every request is
 * itself an upgrade.
 */
public enum Protocol {

    HTTP_1_1(HttpVersion.HTTP_1_1, false), H2C_UPGRADE(HttpVersion.HTTP_2, true), H2C_PRIOR_KNOWLEDGE(
            HttpVersion.HTTP_2,
            false);

    /** One exchange as the client saw it. Header names are lower case. */
    public record Exchange(int status, Map<String, String> headers, String body, HttpVersion version) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private static final Vertx VERTX = Vertx.vertx();
    private static final long TIMEOUT_SECONDS = 30;

    private final HttpVersion version;
    private final boolean upgrade;
    private HttpClient pooled;

    Protocol(HttpVersion version, boolean upgrade) {
        this.version = version;
        this.upgrade = upgrade;
    }

    /** The HTTP version a response over this protocol must have. */
    public HttpVersion version() {
        return version;
    }

    HttpClientOptions options() {
        return new HttpClientOptions().setProtocolVersion(version).setHttp2ClearTextUpgrade(upgrade)
                .setKeepAlive(!upgrade).setDefaultHost("localhost").setMaxPoolSize(8).setHttp2MaxPoolSize(8);
    }

    /** A client for this protocol: an upgrade client is new for each exchange, the others are shared. */
    synchronized HttpClient client() {
        if (upgrade) {
            return VERTX.createHttpClient(options());
        }
        if (pooled == null) {
            pooled = VERTX.createHttpClient(options());
        }
        return pooled;
    }

    /** Done with a client from {@link #client()}: an upgrade client, made for one exchange, is closed. */
    void release(HttpClient client) {
        if (upgrade) {
            client.close();
        }
    }

    static Vertx vertx() {
        return VERTX;
    }

    /**
     * Sends a request and waits for the whole answer. A body sent {@code streamed} has no Content-Length: chunked in
     * HTTP/1.1, a plain stream of DATA frames in HTTP/2.
     */
    public Exchange send(int port, String method, String uri, Map<String, String> headers, byte[] body,
            boolean streamed) {
        HttpClient client = client();
        try {
            RequestOptions options = new RequestOptions().setMethod(HttpMethod.valueOf(method)).setPort(port)
                    .setURI(uri);
            headers.forEach(options::putHeader);
            // The body is asked for as soon as the response arrives: Vert.x drops what nobody is reading.
            return client.request(options).compose(request -> {
                if (body == null) {
                    return request.send();
                }
                if (streamed) {
                    request.setChunked(true);
                    int half = body.length / 2;
                    request.write(Buffer.buffer(body).slice(0, half));
                    request.end(Buffer.buffer(body).slice(half, body.length));
                    return request.response();
                }
                return request.send(Buffer.buffer(body));
            }).compose(response -> response.body().map(answer -> exchange(response, answer))).toCompletionStage()
                    .toCompletableFuture().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(this + " " + method + " " + uri + " failed", e);
        } finally {
            release(client);
        }
    }

    private static Exchange exchange(HttpClientResponse response, Buffer body) {
        Map<String, String> received = new LinkedHashMap<>();
        response.headers().forEach(entry -> received.merge(entry.getKey().toLowerCase(Locale.ROOT), entry.getValue(),
                (first, next) -> first + ", " + next));
        return new Exchange(response.statusCode(), received, body.toString("UTF-8"), response.version());
    }

    public Exchange get(int port, String uri, Map<String, String> headers) {
        return send(port, "GET", uri, headers, null, false);
    }
}
