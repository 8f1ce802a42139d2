package org.opendoor.notify.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a webhook is signed, two ways with the recipient's shared secret:
 * <ul>
 * <li><a href="https://www.standardwebhooks.com/">Standard Webhooks</a>: {@code webhook-id} (the delivery id, the
 * same on every retry), {@code webhook-timestamp} (seconds since the epoch, of this attempt) and
 * {@code webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">}, so a receiver can check it with the
 * specification's published libraries and reject an old message replayed. The key is the secret's UTF-8 bytes;
 * for a secret given as {@code whsec_<base64>} (as Standard Webhooks tools make them) it is the decoded bytes.
 * A receiver configures its library with {@link #standardSecret}.</li>
 * <li>Our first form, kept for receivers built on it: {@code X-OpenDoor-Signature: sha256=<hex HMAC-SHA256 of the
 * raw body with the secret's UTF-8 bytes>}, checked with {@link #verifies}.</li>
 * </ul>
 * Both come with {@code X-OpenDoor-Delivery-Id}, the delivery id.
 */
public final class WebhookSignature {
    public static final String HEADER = "X-OpenDoor-Signature";
    public static final String DELIVERY_ID_HEADER = "X-OpenDoor-Delivery-Id";
    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";
    private static final String PREFIX = "sha256=";
    private static final String STANDARD_SECRET_PREFIX = "whsec_";

    private WebhookSignature() {
    }

    public static String sign(byte[] body, String secret) {
        return PREFIX + HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), body));
    }

    /** Constant-time check of a received {@code X-OpenDoor-Signature} header against the raw body. */
    public static boolean verifies(byte[] body, String secret, String header) {
        return header != null && MessageDigest.isEqual(sign(body, secret).getBytes(StandardCharsets.US_ASCII),
                header.getBytes(StandardCharsets.US_ASCII));
    }

    /** The {@code webhook-signature} value: {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}. */
    public static String standard(UUID id, long timestamp, byte[] body, String secret) {
        byte[] prefix = (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, content, 0, prefix.length);
        System.arraycopy(body, 0, content, prefix.length, body.length);
        return "v1," + Base64.getEncoder().encodeToString(hmac(key(secret), content));
    }

    /**
     * The directory's secret as a Standard Webhooks library takes it ({@code whsec_<base64 of the key>}): what a
     * receiver whose secret is not already in that form configures its verifier with.
     */
    public static String standardSecret(String secret) {
        return STANDARD_SECRET_PREFIX + Base64.getEncoder().encodeToString(key(secret));
    }

    private static byte[] key(String secret) {
        if (secret.startsWith(STANDARD_SECRET_PREFIX)) {
            try {
                return Base64.getDecoder().decode(secret.substring(STANDARD_SECRET_PREFIX.length()));
            } catch (IllegalArgumentException notBase64) {
                // not one made by Standard Webhooks tools after all: its text is the key, as for any other secret
            }
        }
        return secret.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] hmac(byte[] key, byte[] content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(content);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
