package io.kiosque.content;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/** What every addressable resource has: an id, a slug unique per type, audit instants and a version. */
@MappedSuperclass
public abstract class SluggedEntity {

    @Id
    public UUID id;
    public String slug;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;
}
