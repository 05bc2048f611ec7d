package io.kiosque.webhook;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.kiosque.article.ArticleView;
import io.kiosque.author.AuthorView;
import io.kiosque.content.ContentChanged;
import io.kiosque.section.SectionView;
import io.kiosque.tag.TagView;

/**
 * The transactional outbox of webhooks: in the transaction of each write, one delivery row per webhook subscribed to
 * the event, holding the exact body that will be signed and sent. A write that rolls back leaves no delivery; a
 * committed one is delivered by {@link WebhookDispatcher}, whatever happens to this process afterwards.
 */
@ApplicationScoped
public class WebhookOutbox {

    /** The body of every delivery. */
    @Schema(name = "WebhookEvent", description = "What Kiosque POSTs to a webhook's URL: one event.")
    record Payload(
            @Schema(required = true,
                    description = "The delivery's id, the same on every retry (also in X-Kiosque-Delivery): "
                            + "de-duplicate on it.") UUID id,
            @Schema(required = true, description = "`<resource type>.<action>`, as the webhook subscribed to it.",
                    examples = "article.published") String event,
            @Schema(required = true, examples = "2025-06-19T08:00:00.123456Z") Instant occurredAt,
            @Schema(required = true, implementation = Data.class) Object data) {
    }

    /** The schema of {@code data}: named, so that generators make one type of it. */
    @Schema(name = "WebhookEventData",
            description = "The resource as it is after the change (an editor's view: drafts included), or a tombstone "
                    + "for a deletion.",
            anyOf = {
                    ArticleView.class, SectionView.class, AuthorView.class, TagView.class, Tombstone.class})
    static final class Data {

        private Data() {
        }
    }

    /** What a deletion sends as {@code data}. */
    @Schema(name = "WebhookTombstone", description = "A deleted resource: its id, type and last slug.")
    record Tombstone(@Schema(required = true) UUID id,
            @Schema(required = true, enumeration = {
                    "article", "section", "author", "tag"}) String type,
            @Schema(required = true) String slug) {
    }

    private final EntityManager em;
    private final ObjectMapper mapper;

    WebhookOutbox(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void enqueue(@Observes ContentChanged change) {
        String event = WebhookEvents.of(change.resourceType(), change.action());
        // An installation has a handful of webhooks: one small read per write, filtered here. Share-locked, so that a
        // webhook being deleted is either gone or waits for this write: never a delivery referencing a deleted row.
        List<Webhook> subscribed = em.createQuery("select w from Webhook w", Webhook.class)
                .setLockMode(LockModeType.PESSIMISTIC_READ).getResultStream()
                .filter(webhook -> webhook.events.contains(event)).toList();
        if (subscribed.isEmpty()) {
            return;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Object data = change.representation() != null
                ? change.representation()
                : new Tombstone(change.id(), change.resourceType(), change.slug());
        for (Webhook webhook : subscribed) {
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.id = UUID.randomUUID();
            delivery.webhook = webhook;
            delivery.event = event;
            delivery.payload = json(new Payload(delivery.id, event, now, data));
            delivery.status = WebhookDelivery.PENDING;
            delivery.createdAt = now;
            delivery.nextAttemptAt = now;
            em.persist(delivery);
        }
    }

    private String json(Payload payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a webhook payload", e);
        }
    }
}
