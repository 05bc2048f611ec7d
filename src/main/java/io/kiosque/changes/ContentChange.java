package io.kiosque.changes;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One row of the change feed. The writing transaction's id ({@code xid}) is filled in by the database and read only by
 * {@link ChangeFeed}'s native queries, so it is not mapped.
 */
@Entity
@Table(name = "content_change")
public class ContentChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;
    @Column(name = "resource_type")
    public String resourceType;
    @Column(name = "resource_id")
    public UUID resourceId;
    public String slug;
    public String action;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    /** Anonymous readers can see the resource after this change. */
    @Column(name = "public_after")
    public boolean publicAfter;
}
