package io.kiosque.content;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A slug a resource used to have: its old URL answers with a permanent redirect to the current one. */
@Entity
@Table(name = "slug_redirect")
@IdClass(SlugRedirect.Key.class)
public class SlugRedirect {

    public record Key(String resourceType, String oldSlug) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "resource_type")
    public String resourceType;
    @Id
    @Column(name = "old_slug")
    public String oldSlug;
    @Column(name = "resource_id")
    public UUID resourceId;
    @Column(name = "created_at")
    public Instant createdAt;
}
