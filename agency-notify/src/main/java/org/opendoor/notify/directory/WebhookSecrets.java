package org.opendoor.notify.directory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook secrets at rest: AES-GCM (the JDK's) with a key from configuration, a fresh 96-bit nonce per secret and
 * the entry's kind and key as associated data, so a sealed secret copied onto another entry does not open. Stored as
 * {@code aes-gcm:v1:<base64 nonce and ciphertext>}; a value without that prefix is a secret stored before encryption
 * and is used as it is until the directory seals it at its next start.
 */
final class WebhookSecrets {
    static final String PREFIX = "aes-gcm:v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    WebhookSecrets(byte[] key) {
        if (key.length != 16 && key.length != 24 && key.length != 32) {
            throw new IllegalArgumentException("an AES key is 16, 24 or 32 bytes, not " + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** From {@code opendoor.directory.secret-key}; start-up stops with the reason when it is missing or unusable. */
    static WebhookSecrets of(DirectoryConfig config) {
        String encoded = config.secretKey().orElseThrow(() -> new IllegalStateException(
                "opendoor.directory.secret-key is not set: webhook secrets are encrypted at rest with it "
                        + "(base64 of 32 random bytes, e.g. openssl rand -base64 32)"));
        try {
            return new WebhookSecrets(Base64.getDecoder().decode(encoded.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("opendoor.directory.secret-key is not a base64 AES key of 16, 24 or 32 "
                    + "bytes", e);
        }
    }

    /** Whether a stored value is sealed (else it is a secret stored before encryption). */
    static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    String seal(RecipientKind kind, String entryKey, String secret) {
        if (secret == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated(kind, entryKey));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a webhook secret", e);
        }
    }

    /** The secret; a value stored before encryption as it is. Fails when it was sealed with another key or entry. */
    String open(RecipientKind kind, String entryKey, String stored) {
        if (stored == null || !isSealed(stored)) {
            return stored;
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(associated(kind, entryKey));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The webhook secret of " + kind + "/" + entryKey
                    + " does not open with opendoor.directory.secret-key", e);
        }
    }

    private static byte[] associated(RecipientKind kind, String entryKey) {
        return (kind.name() + "/" + entryKey).getBytes(StandardCharsets.UTF_8);
    }
}
