package io.kiosque.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * In-process token buckets. Each instance enforces its own: behind a load balancer with n instances, a client may get
 * up to n times these rates.
 */
@ConfigMapping(prefix = "kiosque.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Writes (POST, PUT, PATCH, DELETE) per token. */
    Writes writes();

    /** Requests with an invalid or revoked bearer token, per client address. */
    @WithName("failed-authentications")
    FailedAuthentications failedAuthentications();

    /**
     * Keys (tokens, addresses) tracked at once per bucket kind; beyond it, the keys used least often are forgotten (a
     * bucket left alone until it is full again is forgotten anyway).
     */
    @WithDefault("100000")
    int maxTrackedKeys();

    interface Writes {

        /** How many writes a token may send at once. */
        @WithDefault("120")
        int burst();

        /** How many more it may send per minute, refilled continuously. */
        @WithDefault("600")
        int perMinute();
    }

    interface FailedAuthentications {

        /** How many failed authentications an address may make at once. */
        @WithDefault("20")
        int burst();

        /** How many more it may make per minute, refilled continuously. */
        @WithDefault("10")
        int perMinute();
    }
}
