package dev.latchkey.platform.webhooks;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The contract's signature, both ways: {@code X-Webhook-Signature: sha256=<hex>}, the HMAC-SHA256 of
 * {@code <timestamp>.<body>} with the shared secret, {@code X-Webhook-Timestamp} in epoch seconds.
 */
public final class WebhookSignature {

    public static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    public static String sign(String secret, long epochSeconds, String body) {
        return PREFIX + HexFormat.of().formatHex(hmac(secret, epochSeconds + "." + body));
    }

    /** Whether {@code header} is the signature of the body at that timestamp; compared in constant time. */
    public static boolean matches(String secret, long epochSeconds, String body, String header) {
        if (header == null || !header.startsWith(PREFIX) || header.length() != PREFIX.length() + 64) {
            return false;
        }
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(PREFIX.length()).toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, epochSeconds + "." + body), given);
    }

    private static byte[] hmac(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
        }
    }
}
