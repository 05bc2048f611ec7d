package io.kiosque.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.kiosque.changes.ChangeFeed;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.health.api.Wellness;

/**
 * The state of the webhook outbox, for operators: Prometheus gauges ({@code kiosque_webhooks_backlog},
 * {@code kiosque_webhooks_overdue_seconds}, {@code kiosque_webhooks_failed}) and a health check that goes DOWN when due
 * deliveries wait longer than {@code kiosque.webhooks.health.max-overdue}: no dispatcher is sending them.
 * <p>
 * It is a wellness check ({@code /q/health} and {@code /q/health/well}), not a readiness one: a stalled outbox is a
 * reason to page someone, not to take the instance out of the load balancer while it serves reads perfectly well.
 * Counts are read at most once per {@code kiosque.webhooks.health.refresh} (by a scheduled job, or by the health check
 * when the last reading is older), so scrapes never load the database.
 */
@ApplicationScoped
@Wellness
public class WebhookBacklog implements HealthCheck {

    /** One reading of the outbox. */
    record Reading(long pending, long failed, Duration overdue, Instant readAt) {
    }

    private final EntityManager em;
    private final WebhooksConfig config;
    private final AtomicReference<Reading> last = new AtomicReference<>();

    WebhookBacklog(EntityManager em, WebhooksConfig config, MeterRegistry registry) {
        this.em = em;
        this.config = config;
        // Gauges only read the last counts: a scrape may run on an I/O thread, where no query may block.
        Gauge.builder("kiosque.webhooks.backlog", this, backlog -> backlog.last(Reading::pending))
                .description("Webhook deliveries waiting to be sent (pending, due or retrying later)")
                .register(registry);
        Gauge.builder("kiosque.webhooks.overdue", this,
                backlog -> backlog.last(reading -> reading.overdue().toMillis() / 1000.0)).baseUnit("seconds")
                .description("How long the oldest due webhook delivery has been waiting").register(registry);
        Gauge.builder("kiosque.webhooks.failed", this, backlog -> backlog.last(Reading::failed))
                .description("Webhook deliveries that used up their attempts (kept for the deliveries log)")
                .register(registry);
    }

    /** A figure of the last reading; NaN (no value) before the first one. */
    private double last(ToDoubleFunction<Reading> figure) {
        Reading reading = last.get();
        return reading == null ? Double.NaN : figure.applyAsDouble(reading);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Webhook outbox");
        Reading reading;
        try {
            reading = current();
        } catch (RuntimeException e) {
            // The database check reports the outage itself; this one only says it could not look.
            return response.down().withData("error", "the outbox could not be read").build();
        }
        boolean stalled = reading.overdue().compareTo(config.health().maxOverdue()) > 0;
        return response.status(!stalled).withData("pending", reading.pending()).withData("failed", reading.failed())
                .withData("overdueSeconds", reading.overdue().toSeconds())
                .withData("maxOverdueSeconds", config.health().maxOverdue().toSeconds()).build();
    }

    /** The latest reading, read again once it is older than the refresh interval (health checks run on workers). */
    Reading current() {
        Reading reading = last.get();
        if (reading == null || reading.readAt().plus(config.health().refresh()).isBefore(Instant.now())) {
            reading = read();
            last.set(reading);
        }
        return reading;
    }

    // Keeps the gauges fresh between scrapes, so an alert can fire even when nobody looks at /q/health.
    @Scheduled(identity = "webhook-backlog", every = "${kiosque.webhooks.health.refresh:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            last.set(read());
        } catch (RuntimeException e) {
            // The database is unreachable: the health checks say so, the gauges keep their last reading.
        }
    }

    @Transactional
    Reading read() {
        Instant now = Instant.now();
        // Overdue: due and not held by a live lease, i.e. waiting for a dispatcher, not for a slow receiver.
        Object[] row = (Object[]) em.createNativeQuery("""
                select count(*) filter (where status = 'pending'),
                       count(*) filter (where status = 'failed'),
                       min(next_attempt_at) filter (where status = 'pending' and next_attempt_at <= :now
                                                    and (lease_until is null or lease_until <= :now))
                from webhook_delivery""").setParameter("now", now).getSingleResult();
        Instant oldestDue = row[2] == null ? null : ChangeFeed.instant(row[2]);
        Duration overdue = oldestDue == null ? Duration.ZERO : Duration.between(oldestDue, now);
        return new Reading(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), overdue, now);
    }
}
