package io.kiosque.webhook;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** One attempt to deliver, as the deliveries log shows it. */
@Entity
@Table(name = "webhook_attempt")
@IdClass(WebhookAttempt.Key.class)
public class WebhookAttempt {

    @Id
    @Column(name = "delivery_id")
    public UUID deliveryId;
    @Id
    public int number;
    @Column(name = "attempted_at")
    public Instant attemptedAt;
    @Column(name = "duration_ms")
    public int durationMs;
    @Column(name = "status_code")
    public Integer statusCode;
    public String error;

    public record Key(UUID deliveryId, int number) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
