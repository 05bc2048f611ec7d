package io.kiosque.webhook;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.kiosque.http.Cursor;
import io.kiosque.http.Page;
import io.kiosque.http.ProblemError;
import io.kiosque.http.ProblemException;
import io.kiosque.http.Problems;
import io.kiosque.http.QueryParameters;

/** Registers, lists and removes webhooks, and shows their deliveries. */
@ApplicationScoped
@Transactional
public class WebhookService {

    private static final Logger LOG = Logger.getLogger(WebhookService.class);
    private static final String DELIVERIES_SORT = "-createdAt";

    private final EntityManager em;
    private final SecretBox secrets;
    private final TargetGuard guard;

    WebhookService(EntityManager em, SecretBox secrets, WebhooksConfig config) {
        this.em = em;
        this.secrets = secrets;
        this.guard = new TargetGuard(config.allowPrivateTargets());
    }

    public WebhookView register(WebhookRequest request) {
        List<ProblemError> errors = new ArrayList<>();
        String url = request.url().strip();
        Optional<String> problem = TargetGuard.formatProblem(url)
                .or(() -> guard.refusal(URI.create(url)).map(reason -> "the URL is refused: " + reason));
        problem.ifPresent(detail -> errors.add(ProblemError.atPointer("/url", detail)));
        Set<String> events = new LinkedHashSet<>();
        for (int i = 0; i < request.events().size(); i++) {
            String event = request.events().get(i);
            if (!WebhookEvents.KNOWN.contains(event)) {
                errors.add(ProblemError.atPointer("/events/" + i,
                        "unknown event '" + Problems.abbreviate(event, 40) + "'; known: "
                                + String.join(", ", WebhookEvents.ALL)));
            } else if (!events.add(event)) {
                errors.add(ProblemError.atPointer("/events/" + i, "duplicate event '" + event + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(
                    errors.size() == 1 ? errors.get(0).detail() + "." : errors.size() + " inputs are invalid.", errors);
        }
        Webhook webhook = new Webhook();
        webhook.id = UUID.randomUUID();
        webhook.url = url;
        webhook.events = new ArrayList<>(events);
        webhook.secret = secrets.seal(webhook.id, request.secret());
        webhook.description = request.description() == null ? null : request.description().strip();
        webhook.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        em.persist(webhook);
        if (!secrets.encrypts()) {
            LOG.warn("Webhook secret stored unencrypted: set kiosque.webhooks.encryption-key "
                    + "(KIOSQUE_WEBHOOKS_ENCRYPTION_KEY) to encrypt secrets at rest.");
        }
        return WebhookView.of(webhook);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookView> list() {
        return em.createQuery("select w from Webhook w order by w.createdAt, w.id", Webhook.class).getResultStream()
                .map(WebhookView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookView find(UUID id) {
        return WebhookView.of(load(id));
    }

    /** Removes the webhook and its deliveries, pending ones included. */
    public void delete(UUID id) {
        em.remove(load(id));
    }

    /** The webhook's deliveries, newest first, each with all its attempts (two queries a page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DeliveryView> deliveries(UUID webhookId, String status, int limit, String encodedCursor) {
        load(webhookId);
        String fingerprint = QueryParameters.fingerprint(webhookId, status);
        StringBuilder jpql = new StringBuilder("select d from WebhookDelivery d where d.webhook.id = :webhook");
        if (status != null) {
            jpql.append(" and d.status = :status");
        }
        Instant afterCreatedAt = null;
        UUID afterId = null;
        if (encodedCursor != null) {
            Cursor cursor = Cursor.decode(encodedCursor, DELIVERIES_SORT, fingerprint, 2);
            try {
                afterCreatedAt = Instant.parse(cursor.keys().get(0));
                afterId = UUID.fromString(cursor.keys().get(1));
            } catch (RuntimeException e) {
                throw ProblemException.invalidParameter("cursor", "not a cursor issued by this API");
            }
            jpql.append(" and (d.createdAt < :createdAt or d.createdAt = :createdAt and d.id < :id)");
        }
        jpql.append(" order by d.createdAt desc, d.id desc");
        var query = em.createQuery(jpql.toString(), WebhookDelivery.class).setParameter("webhook", webhookId);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (afterCreatedAt != null) {
            query.setParameter("createdAt", afterCreatedAt).setParameter("id", afterId);
        }
        List<WebhookDelivery> rows = query.setMaxResults(limit + 1).getResultList();
        List<WebhookDelivery> shown = rows.size() > limit ? rows.subList(0, limit) : rows;
        Map<UUID, List<DeliveryView.Attempt>> attempts = attemptsOf(shown);
        List<DeliveryView> items = shown.stream().map(delivery -> new DeliveryView(delivery.id, delivery.event,
                delivery.status, delivery.createdAt, delivery.attempts, delivery.nextAttemptAt, delivery.deliveredAt,
                delivery.lastStatusCode, delivery.lastError, attempts.getOrDefault(delivery.id, List.of()))).toList();
        String next = null;
        if (rows.size() > limit) {
            WebhookDelivery last = shown.get(shown.size() - 1);
            next = new Cursor(DELIVERIES_SORT, fingerprint, List.of(last.createdAt.toString(), last.id.toString()))
                    .encode();
        }
        return new Page<>(items, next);
    }

    private Map<UUID, List<DeliveryView.Attempt>> attemptsOf(List<WebhookDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a from WebhookAttempt a where a.deliveryId in :ids order by a.number",
                WebhookAttempt.class).setParameter("ids", deliveries.stream().map(d -> d.id).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(attempt -> attempt.deliveryId, Collectors.mapping(
                        attempt -> new DeliveryView.Attempt(attempt.number, attempt.attemptedAt, attempt.durationMs,
                                attempt.statusCode, attempt.error),
                        Collectors.toList())));
    }

    private Webhook load(UUID id) {
        Webhook webhook = em.find(Webhook.class, id);
        if (webhook == null) {
            throw ProblemException.notFound("No webhook has the id '" + id + "'.");
        }
        return webhook;
    }

}
