package io.kiosque.webhook;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "kiosque.webhooks")
public interface WebhooksConfig {

    /**
     * Whether webhook URLs may point at loopback, private, link-local or otherwise internal addresses. Off in
     * production, so that registering a webhook cannot make Kiosque call into its own network (SSRF); checked at
     * registration and again before every attempt, since DNS answers may change.
     */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /**
     * Base64 of a 256-bit AES key that encrypts webhook secrets at rest. Without it secrets are stored as given (a
     * warning says so at startup).
     */
    Optional<String> encryptionKey();

    /** How often each instance looks for deliveries that are due; 1 s at least (the scheduler's resolution). */
    @WithDefault("1s")
    Duration pollInterval();

    /** Whether this instance sends deliveries (turn off on instances that should only serve the API). */
    @WithDefault("true")
    boolean dispatch();

    /** Deliveries claimed per round by one instance. */
    @WithDefault("20")
    int batchSize();

    /** How long a claimed delivery is reserved for its instance: another one retries it if the first died. */
    @WithDefault("60s")
    Duration lease();

    @WithDefault("5s")
    Duration connectTimeout();

    /** From sending the request to the end of the response. */
    @WithDefault("10s")
    Duration requestTimeout();

    Retry retry();

    Health health();

    interface Health {

        /**
         * How long a due delivery may wait for a dispatcher before the webhook outbox health check goes DOWN. Every
         * instance polls each {@link WebhooksConfig#pollInterval()}, so a longer wait means none is sending.
         */
        @WithDefault("2m")
        Duration maxOverdue();

        /** How often the outbox is counted for the health check and the metrics. */
        @WithDefault("15s")
        Duration refresh();
    }

    interface Retry {

        /** Delay before the first retry; each further retry waits twice as long, up to {@link #max()}. */
        @WithDefault("2s")
        Duration initial();

        @WithDefault("10m")
        Duration max();

        /** Attempts in all, the first included, before a delivery is marked failed. */
        @WithDefault("20")
        int maxAttempts();

        /** Age after which a delivery whose attempt fails is marked failed, whatever its number of attempts. */
        @WithDefault("24h")
        Duration maxAge();
    }
}
