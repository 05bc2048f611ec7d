package io.kiosque.webhook;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import io.kiosque.http.Problems;

/**
 * Sends one delivery: a signed JSON POST with the JDK's HTTP client, short timeouts, no redirects followed and no proxy
 * (so the address checked by {@link TargetGuard} is the one connected to).
 */
@ApplicationScoped
public class WebhookSender {

    public static final String EVENT_HEADER = "X-Kiosque-Event";
    public static final String DELIVERY_HEADER = "X-Kiosque-Delivery";
    static final String USER_AGENT = "Kiosque-Webhooks/1";

    private final HttpClient client;
    private final TargetGuard guard;
    private final SecretBox secrets;
    private final Duration requestTimeout;
    private final Duration deadline;

    WebhookSender(WebhooksConfig config, SecretBox secrets) {
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).proxy(HttpClient.Builder.NO_PROXY)
                .version(HttpClient.Version.HTTP_1_1).build();
        this.guard = new TargetGuard(config.allowPrivateTargets());
        this.secrets = secrets;
        this.requestTimeout = config.requestTimeout();
        // The request timeout covers the wait for the response headers; this one also bounds connecting and a body
        // that never ends.
        this.deadline = config.connectTimeout().plus(config.requestTimeout());
    }

    /** Never fails: every problem becomes an unsuccessful outcome. */
    CompletableFuture<DeliveryQueue.Outcome> send(DeliveryQueue.Claimed delivery) {
        Instant attemptedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long start = System.nanoTime();
        HttpRequest request;
        try {
            URI url = URI.create(delivery.url());
            Optional<String> refused = guard.refusal(url);
            if (refused.isPresent()) {
                return CompletableFuture.completedFuture(failure(attemptedAt, start, null, refused.get()));
            }
            byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
            String secret = secrets.open(delivery.webhookId(), delivery.sealedSecret());
            request = HttpRequest.newBuilder(url).timeout(requestTimeout)
                    .header("Content-Type", "application/json; charset=utf-8").header("User-Agent", USER_AGENT)
                    .header(EVENT_HEADER, delivery.event()).header(DELIVERY_HEADER, delivery.id().toString())
                    .header(WebhookSignature.HEADER, WebhookSignature.of(body, secret))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(failure(attemptedAt, start, null, e.getMessage()));
        }
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS).handle((response, error) -> {
                    if (error != null) {
                        return failure(attemptedAt, start, null, describe(error));
                    }
                    int status = response.statusCode();
                    if (status >= 200 && status < 300) {
                        return new DeliveryQueue.Outcome(attemptedAt, elapsedMillis(start), status, null);
                    }
                    String error3xx = status >= 300 && status < 400 ? " (redirects are not followed)" : "";
                    return failure(attemptedAt, start, status, "HTTP " + status + error3xx);
                });
    }

    private static DeliveryQueue.Outcome failure(Instant attemptedAt, long start, Integer status, String error) {
        String shown = error == null || error.isBlank() ? "delivery failed" : error;
        return new DeliveryQueue.Outcome(attemptedAt, elapsedMillis(start), status,
                Problems.abbreviate(shown, 500));
    }

    private static int elapsedMillis(long start) {
        return (int) Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    /** A short, stable description for the deliveries log: no stack trace, no class name. */
    private String describe(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof HttpConnectTimeoutException) {
            return "could not connect within the connect timeout";
        }
        if (cause instanceof HttpTimeoutException) {
            return "no answer within " + requestTimeout.toSeconds() + " s";
        }
        if (cause instanceof TimeoutException) {
            return "no complete answer within " + deadline.toSeconds() + " s";
        }
        if (cause instanceof ConnectException) {
            return "connection refused or unreachable";
        }
        if (cause instanceof IOException) {
            return cause.getMessage() == null ? "network error" : "network error: " + cause.getMessage();
        }
        return "delivery failed";
    }
}
