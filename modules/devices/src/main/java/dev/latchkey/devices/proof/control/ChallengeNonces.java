package dev.latchkey.devices.proof.control;

import dev.latchkey.platform.keys.Key;
import dev.latchkey.platform.keys.KeyRing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Challenge nonces that carry their own proof of origin: 16 random bytes, the expiry (epoch
 * seconds), the id of the signing key and an HMAC-SHA256 (truncated to 128 bits) over the
 * device id and all of that, under a key derived from the service's signing key: 64 characters
 * of base64url. Issuing one writes nothing; a nonce is checked without a read, and its single
 * use is held where it is spent, by one insert ({@code DeviceStore.spendNonce}). Any node of a
 * cluster checks any node's nonces (they share the keys); after a key rotation, nonces made with
 * the previous key stay good until they expire.
 */
@ApplicationScoped
public class ChallengeNonces {

    private static final int RANDOM_BYTES = 16;
    private static final int KEY_ID_BYTES = 8;
    private static final int MAC_BYTES = 16;
    private static final int LENGTH = RANDOM_BYTES + Long.BYTES + KEY_ID_BYTES + MAC_BYTES;
    private static final byte[] PURPOSE = "latchkey device challenge v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Derived once per key the ring holds (the ring's keys are fixed for the node's life; a record with its own bytes array). */
    private static final Map<Key, SecretKeySpec> DERIVED = new ConcurrentHashMap<>();

    @Inject
    KeyRing keys;

    /** A new nonce for {@code deviceId}, good until {@code expires}. */
    public String issue(UUID deviceId, Instant expires) {
        return issue(keys.signingKey(), deviceId, expires);
    }

    /** The nonce's expiry, if this service made it for {@code deviceId}; empty for anything else. */
    public Optional<Instant> expiryOf(UUID deviceId, String nonce) {
        return expiryOf(keys::signingKey, deviceId, nonce);
    }

    static String issue(Key key, UUID deviceId, Instant expires) {
        ByteBuffer nonce = ByteBuffer.allocate(LENGTH);
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        nonce.put(random).putLong(expires.getEpochSecond()).put(Base64.getUrlDecoder().decode(key.id()));
        nonce.put(mac(key, deviceId, nonce.array(), LENGTH - MAC_BYTES));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(nonce.array());
    }

    static Optional<Instant> expiryOf(Function<String, Optional<Key>> keyById, UUID deviceId, String nonce) {
        if (nonce == null || nonce.length() != (LENGTH * 4 + 2) / 3) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(nonce);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length != LENGTH) {
            return Optional.empty();
        }
        ByteBuffer read = ByteBuffer.wrap(bytes, RANDOM_BYTES, Long.BYTES + KEY_ID_BYTES);
        long expires = read.getLong();
        byte[] keyId = new byte[KEY_ID_BYTES];
        read.get(keyId);
        return keyById.apply(Base64.getUrlEncoder().withoutPadding().encodeToString(keyId))
                .filter(key -> MessageDigest.isEqual(mac(key, deviceId, bytes, LENGTH - MAC_BYTES),
                        Arrays.copyOfRange(bytes, LENGTH - MAC_BYTES, LENGTH)))
                .map(key -> Instant.ofEpochSecond(expires));
    }

    private static byte[] mac(Key key, UUID deviceId, byte[] body, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(DERIVED.computeIfAbsent(key, ChallengeNonces::derive));
            mac.update(ByteBuffer.allocate(16).putLong(deviceId.getMostSignificantBits()).putLong(deviceId.getLeastSignificantBits()).array());
            mac.update(body, 0, length);
            return Arrays.copyOf(mac.doFinal(), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }

    /** The nonce key for a signing key: HMAC-SHA256 of {@link #PURPOSE} under it. */
    private static SecretKeySpec derive(Key key) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
            return new SecretKeySpec(derive.doFinal(PURPOSE), "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
        }
    }
}
