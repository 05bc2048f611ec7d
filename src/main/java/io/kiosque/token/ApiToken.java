package io.kiosque.token;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.kiosque.security.Role;

/** A bearer token: its secret is known only to its holder; we keep the SHA-256 of it. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    public UUID id;
    public String name;
    public Role role;
    /** The author this token writes as, if any: a contributor's own drafts include the ones signed by it. */
    @Column(name = "author_id")
    public UUID authorId;
    @Column(name = "secret_hash", columnDefinition = "bpchar(64)")
    public String secretHash;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;
}
