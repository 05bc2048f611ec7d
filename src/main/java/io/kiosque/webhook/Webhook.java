package io.kiosque.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A subscription: the URL that receives the events named in {@code events}, signed with the secret. */
@Entity
public class Webhook {

    @Id
    public UUID id;
    public String url;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> events = new ArrayList<>();
    /** Sealed by {@link SecretBox}; never leaves the server. */
    public String secret;
    public String description;
    @Column(name = "created_at")
    public Instant createdAt;
}
