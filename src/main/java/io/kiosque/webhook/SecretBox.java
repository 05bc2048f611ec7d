package io.kiosque.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;

/**
 * Webhook secrets at rest. They must be kept (they sign every delivery), so they are encrypted with AES-256-GCM when
 * {@code kiosque.webhooks.encryption-key} is set, the webhook id being authenticated data so that a sealed secret
 * cannot be moved to another webhook. Without a key they are stored as given, marked {@code plain:}.
 */
@Singleton
@Startup // a malformed key fails the start, not the first delivery
final class SecretBox {

    private static final String SEALED = "v1:";
    private static final String PLAIN = "plain:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    @Inject
    SecretBox(WebhooksConfig config) {
        this(config.encryptionKey());
    }

    SecretBox(Optional<String> base64Key) {
        this.key = base64Key.filter(value -> !value.isBlank()).map(SecretBox::parseKey).orElse(null);
    }

    boolean encrypts() {
        return key != null;
    }

    String seal(UUID webhookId, String secret) {
        if (key == null) {
            return PLAIN + secret;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, webhookId);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return SEALED + Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a webhook secret", e);
        }
    }

    /** The secret, or an exception whose message can be shown in the deliveries log. */
    String open(UUID webhookId, String stored) {
        if (stored.startsWith(PLAIN)) {
            return stored.substring(PLAIN.length());
        }
        if (!stored.startsWith(SEALED)) {
            throw new IllegalStateException("the stored secret has an unknown format");
        }
        if (key == null) {
            throw new IllegalStateException("the secret is encrypted but kiosque.webhooks.encryption-key is not set");
        }
        try {
            byte[] sealed = Base64.getDecoder().decode(stored.substring(SEALED.length()));
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(sealed, IV_BYTES), webhookId);
            return new String(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "the secret cannot be decrypted: kiosque.webhooks.encryption-key is not the key it was sealed "
                            + "with");
        }
    }

    private Cipher cipher(int mode, byte[] iv, UUID webhookId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(webhookId.toString().getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }

    private static SecretKey parseKey(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("kiosque.webhooks.encryption-key must be the base64 of 32 random bytes "
                    + "(e.g. `openssl rand -base64 32`)");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
