package org.opendoor.notify.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-OpenDoor-Signature: sha256=<hex HMAC-SHA256 of the raw body with the recipient's shared secret>}.
 * Receivers verify with {@link #verifies}.
 */
public final class WebhookSignature {
    public static final String HEADER = "X-OpenDoor-Signature";
    public static final String DELIVERY_ID_HEADER = "X-OpenDoor-Delivery-Id";
    private static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    public static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /** Constant-time check of a received signature header against the raw body. */
    public static boolean verifies(byte[] body, String secret, String header) {
        return header != null && MessageDigest.isEqual(sign(body, secret).getBytes(StandardCharsets.US_ASCII),
                header.getBytes(StandardCharsets.US_ASCII));
    }
}
