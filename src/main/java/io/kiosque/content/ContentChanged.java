package io.kiosque.content;

import java.util.UUID;

/**
 * Fired synchronously inside the transaction of every write, so that observers (change feed, webhooks outbox, caches)
 * record it atomically with the change itself.
 *
 * @param resourceType
 *            {@code article}, {@code section}, {@code author} or {@code tag}
 * @param action
 *            {@code created}, {@code updated}, {@code published}, {@code unpublished}, {@code archived},
 *            {@code deleted}...
 * @param representation
 *            the resource after the change (null when deleted)
 */
public record ContentChanged(String resourceType, UUID id, String slug, String action, Object representation) {
}
