package io.kiosque.security;

import java.util.Optional;

import jakarta.inject.Singleton;

/** The rate limits of this instance, from {@link RateLimitConfig}; empty when rate limiting is disabled. */
@Singleton
public class RateLimits {

    private final Optional<TokenBuckets> writes;
    private final Optional<TokenBuckets> failedAuthentications;

    RateLimits(RateLimitConfig config) {
        if (config.enabled()) {
            writes = Optional.of(new TokenBuckets(config.writes().burst(), config.writes().perMinute(),
                    config.maxTrackedKeys(), System::nanoTime));
            failedAuthentications = Optional.of(new TokenBuckets(config.failedAuthentications().burst(),
                    config.failedAuthentications().perMinute(), config.maxTrackedKeys(), System::nanoTime));
        } else {
            writes = Optional.empty();
            failedAuthentications = Optional.empty();
        }
    }

    /** Writes, per token id. */
    public Optional<TokenBuckets> writes() {
        return writes;
    }

    /** Requests with an invalid or revoked bearer token, per client address. */
    public Optional<TokenBuckets> failedAuthentications() {
        return failedAuthentications;
    }
}
