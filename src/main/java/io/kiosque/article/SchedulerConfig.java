package io.kiosque.article;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Scheduled publication ({@link ScheduledPublisher}). {@code @Scheduled} reads the interval as the expression
 * {@code ${kiosque.scheduler.interval}}, which this mapping's default resolves (the publisher injects it, so that
 * Quarkus registers it).
 */
@ConfigMapping(prefix = "kiosque.scheduler")
public interface SchedulerConfig {

    /** How often scheduled articles are checked for publication. */
    @WithDefault("5s")
    Duration interval();
}
