package dev.latchkey.kernel.secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random bearer secrets and their stored form. A secret handed to a client (refresh token,
 * mailed token) is 256 random bits, base64url; the service keeps only its SHA-256.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /** 256 random bits, base64url without padding (43 characters). */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The key a presented secret is stored under, if it could be one: the one way every secret
     * token (refresh, mailed, mfaToken, backup code) is looked up. Blank or overlong values are
     * no secret of ours, and are not hashed at all.
     */
    public static java.util.Optional<String> lookupKey(String presented) {
        if (presented == null || presented.isBlank() || presented.length() > 200) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(sha256Hex(presented));
    }

    /** The SHA-256 of the text's UTF-8 bytes, lower-case hex: how secrets are stored and looked up. */
    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
