package io.kiosque.webhook;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Delivers the outbox: every poll interval, each instance claims the deliveries that are due, sends them concurrently
 * and records the outcomes. At least once: a delivery whose outcome could not be recorded (crash, kill -9, lost
 * database) is sent again when its lease ends; receivers de-duplicate on {@code X-Kiosque-Delivery}.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final DeliveryQueue queue;
    private final WebhookSender sender;
    private final WebhooksConfig config;
    private volatile boolean stopping;

    WebhookDispatcher(DeliveryQueue queue, WebhookSender sender, WebhooksConfig config) {
        this.queue = queue;
        this.sender = sender;
        this.config = config;
        if (config.lease().compareTo(config.connectTimeout().plus(config.requestTimeout()).multipliedBy(2)) < 0) {
            throw new IllegalStateException("kiosque.webhooks.lease must be at least twice connect-timeout + "
                    + "request-timeout, or another instance could resend a delivery that is still being sent");
        }
    }

    // Runs on a worker thread (never the event loop); an instance never runs two rounds at once.
    @Scheduled(identity = "webhook-dispatch", every = "${kiosque.webhooks.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchDue() {
        if (!config.dispatch() || stopping) {
            return;
        }
        try {
            dispatchRounds();
        } catch (RuntimeException e) {
            // The database is unreachable, or the application is stopping: the next poll tries again, and claimed
            // deliveries go back to the queue when their lease ends.
            if (!stopping) {
                LOG.warnf("Webhook dispatch interrupted: %s", e.getMessage());
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    private void dispatchRounds() {
        List<DeliveryQueue.Claimed> claimed;
        do {
            // A new lease owner per round: an answer from an earlier round can never pass for this one's.
            UUID owner = UUID.randomUUID();
            claimed = queue.claimDue(owner, config.batchSize());
            List<CompletableFuture<DeliveryQueue.Outcome>> sent = claimed.stream().map(sender::send).toList();
            for (int i = 0; i < claimed.size(); i++) {
                DeliveryQueue.Outcome outcome = sent.get(i).join();
                queue.record(claimed.get(i), owner, outcome);
                if (!outcome.delivered()) {
                    LOG.debugf("Webhook delivery %s failed: %s", claimed.get(i).id(), outcome.error());
                }
            }
        } while (claimed.size() == config.batchSize());
    }
}
