package io.kiosque.article;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A preview link: unlocks one article until it expires or is revoked. Only the SHA-256 of its secret is kept. */
@Entity
@Table(name = "preview_token")
public class PreviewToken {

    @Id
    public UUID id;
    @Column(name = "article_id")
    public UUID articleId;
    @Column(name = "secret_hash", columnDefinition = "bpchar(64)")
    public String secretHash;
    /** The API token that made the link. */
    @Column(name = "created_by")
    public UUID createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;
}
