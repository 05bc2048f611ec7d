package io.kiosque.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * The database side of dispatching: claims due deliveries for one instance and records what each attempt gave. The rows
 * are the only source of truth; nothing kept in memory is needed to resume after a crash.
 */
@ApplicationScoped
@Transactional
public class DeliveryQueue {

    /** A delivery reserved for one dispatch round, with what sending it needs. */
    record Claimed(UUID id, UUID webhookId, String url, String sealedSecret, String event, String payload) {
    }

    /** What one attempt gave: a 2xx status, or an error (a non-2xx status, a refused target, a network failure). */
    record Outcome(Instant attemptedAt, int durationMs, Integer statusCode, String error) {

        boolean delivered() {
            return error == null;
        }
    }

    private final EntityManager em;
    private final WebhooksConfig config;

    DeliveryQueue(EntityManager em, WebhooksConfig config) {
        this.em = em;
        this.config = config;
    }

    /**
     * Reserves up to {@code limit} due deliveries for {@code owner} until the lease ends.
     * {@code FOR UPDATE SKIP LOCKED} lets several instances claim at once without waiting for or taking each other's
     * rows; the lease (committed with the claim) keeps other instances away while the HTTP calls run outside any
     * transaction, and lets them take the delivery over if this instance dies.
     */
    public List<Claimed> claimDue(UUID owner, int limit) {
        Instant now = now();
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                select id from webhook_delivery
                where status = 'pending' and next_attempt_at <= :now and (lease_until is null or lease_until <= :now)
                order by next_attempt_at
                limit :limit
                for update skip locked""", UUID.class).setParameter("now", now).setParameter("limit", limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<WebhookDelivery> deliveries = em
                .createQuery("select d from WebhookDelivery d join fetch d.webhook where d.id in :ids "
                        + "order by d.nextAttemptAt", WebhookDelivery.class)
                .setParameter("ids", ids).getResultList();
        Instant leaseUntil = now.plus(config.lease());
        for (WebhookDelivery delivery : deliveries) {
            delivery.leaseOwner = owner;
            delivery.leaseUntil = leaseUntil;
        }
        return deliveries.stream().map(delivery -> new Claimed(delivery.id, delivery.webhook.id, delivery.webhook.url,
                delivery.webhook.secret, delivery.event, delivery.payload)).toList();
    }

    /**
     * Records an attempt: delivered on success; otherwise the next attempt after an exponential backoff, or failed once
     * the attempts or the age allowed are used up.
     */
    public void record(Claimed claimed, UUID owner, Outcome outcome) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, claimed.id(), LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !WebhookDelivery.PENDING.equals(delivery.status)) {
            return; // the webhook was deleted meanwhile, or another instance delivered it after our lease ended
        }
        delivery.attempts++;
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.deliveryId = delivery.id;
        attempt.number = delivery.attempts;
        attempt.attemptedAt = outcome.attemptedAt();
        attempt.durationMs = outcome.durationMs();
        attempt.statusCode = outcome.statusCode();
        attempt.error = outcome.error();
        em.persist(attempt);
        delivery.lastStatusCode = outcome.statusCode();
        delivery.lastError = outcome.error();
        Instant now = now();
        if (outcome.delivered()) {
            delivery.status = WebhookDelivery.DELIVERED;
            delivery.deliveredAt = now;
            delivery.nextAttemptAt = null;
        } else if (!owner.equals(delivery.leaseOwner)) {
            return; // our lease ended and another instance claimed it: that instance schedules what follows
        } else if (delivery.attempts >= config.retry().maxAttempts()
                || !now.isBefore(delivery.createdAt.plus(config.retry().maxAge()))) {
            delivery.status = WebhookDelivery.FAILED;
            delivery.nextAttemptAt = null;
        } else {
            delivery.nextAttemptAt = now
                    .plus(backoff(delivery.attempts, config.retry().initial(), config.retry().max()));
        }
        delivery.leaseOwner = null;
        delivery.leaseUntil = null;
    }

    /** The wait after the n-th failed attempt: initial, then doubling (2 s, 4 s, 8 s...), never more than max. */
    static Duration backoff(int failedAttempts, Duration initial, Duration max) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration delay = initial.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
