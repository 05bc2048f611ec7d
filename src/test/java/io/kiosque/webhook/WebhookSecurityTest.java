package io.kiosque.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Signatures, secrets at rest and the retry schedule. */
class WebhookSecurityTest {

    private static final String KEY = "WJBsRj6AzcC2IMDbOP2d96DgYikP1RDHtYxnwg4gODg=";

    @Test
    void theSignatureIsTheHexHmacSha256OfTheRawBody() {
        // RFC 4231, test case 2.
        assertEquals("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                WebhookSignature.of("what do ya want for nothing?".getBytes(StandardCharsets.UTF_8), "Jefe"));
    }

    @Test
    void secretsAreEncryptedAtRestAndBoundToTheirWebhook() {
        SecretBox box = new SecretBox(Optional.of(KEY));
        UUID webhook = UUID.randomUUID();
        String sealed = box.seal(webhook, "8f3e1c9a7b2d4f6e0a1b2c3d4e5f6a7b");
        assertTrue(sealed.startsWith("v1:"), sealed);
        assertFalse(sealed.contains("8f3e1c9a7b2d4f6e"), sealed);
        assertNotEquals(sealed, box.seal(webhook, "8f3e1c9a7b2d4f6e0a1b2c3d4e5f6a7b"), "a fresh IV each time");
        assertEquals("8f3e1c9a7b2d4f6e0a1b2c3d4e5f6a7b", box.open(webhook, sealed));
        assertThrows(IllegalStateException.class, () -> box.open(UUID.randomUUID(), sealed));
        SecretBox otherKey = new SecretBox(Optional.of("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="));
        assertThrows(IllegalStateException.class, () -> otherKey.open(webhook, sealed));
        assertThrows(IllegalStateException.class, () -> new SecretBox(Optional.empty()).open(webhook, sealed));
    }

    @Test
    void withoutAKeySecretsAreKeptAsGiven() {
        SecretBox box = new SecretBox(Optional.empty());
        UUID webhook = UUID.randomUUID();
        assertEquals("plain:0123456789abcdef", box.seal(webhook, "0123456789abcdef"));
        assertEquals("0123456789abcdef", new SecretBox(Optional.of(KEY)).open(webhook, "plain:0123456789abcdef"));
    }

    @Test
    void aMalformedKeyIsRefused() {
        assertThrows(IllegalStateException.class, () -> new SecretBox(Optional.of("too-short")));
    }

    @Test
    void retriesBackOffExponentiallyUpToTheCap() {
        List<Long> seconds = IntStream.rangeClosed(1, 12)
                .mapToObj(failed -> DeliveryQueue.backoff(failed, Duration.ofSeconds(2), Duration.ofMinutes(10)))
                .map(Duration::toSeconds).toList();
        assertEquals(List.of(2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 600L, 600L, 600L), seconds);
        assertEquals(Duration.ofMinutes(10),
                DeliveryQueue.backoff(1000, Duration.ofSeconds(2), Duration.ofMinutes(10)));
    }
}
