package dev.latchkey.platform.keys;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * A 256-bit (or longer) key with its public id: the first 64 bits of a SHA-256 over the key, so a
 * token or a ciphertext can name the key it needs without telling anything about it.
 */
public record Key(String id, byte[] bytes) {

    static final int MIN_BYTES = 32;

    /** Reads a key written as base64 or base64url; too short or not base64 is refused with the property's name. */
    static Key parse(String property, String encoded) {
        String text = encoded.strip();
        byte[] bytes;
        try {
            bytes = (text.contains("-") || text.contains("_") ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " is not base64");
        }
        if (bytes.length < MIN_BYTES) {
            throw new IllegalStateException(property + " must hold at least " + MIN_BYTES + " bytes (base64), has " + bytes.length);
        }
        return of(bytes);
    }

    static Key of(byte[] bytes) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("latchkey key id\0".getBytes(StandardCharsets.US_ASCII));
            byte[] digest = sha.digest(bytes);
            return new Key(Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 8)), bytes.clone());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return "Key[" + id + "]";
    }
}
