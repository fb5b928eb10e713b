package dev.latchkey.devices.proof.control;

import dev.latchkey.platform.keys.Key;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nonces that prove their origin: the device, the expiry and the key are all bound by the MAC. */
class ChallengeNoncesTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Key CURRENT = key();
    private static final Key PREVIOUS = key();
    private static final Function<String, Optional<Key>> RING = id -> Optional.ofNullable(Map.of(CURRENT.id(), CURRENT, PREVIOUS.id(), PREVIOUS).get(id));
    private static final UUID DEVICE = UUID.randomUUID();
    private static final Instant EXPIRES = Instant.parse("2026-11-30T12:05:00Z");

    static Key key() {
        byte[] id = new byte[8];
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(bytes);
        return new Key(Base64.getUrlEncoder().withoutPadding().encodeToString(id), bytes);
    }

    @Test
    void aNonceTellsItsExpiryToTheDeviceItWasMadeFor() {
        String nonce = ChallengeNonces.issue(CURRENT, DEVICE, EXPIRES);
        assertEquals(64, nonce.length());
        assertTrue(nonce.matches("[A-Za-z0-9_-]+"), nonce);
        assertEquals(Optional.of(EXPIRES), ChallengeNonces.expiryOf(RING, DEVICE, nonce));
    }

    @Test
    void noncesAreNeverRepeated() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(ChallengeNonces.issue(CURRENT, DEVICE, EXPIRES)));
        }
    }

    @Test
    void anotherDevicesNonceIsRefused() {
        String nonce = ChallengeNonces.issue(CURRENT, DEVICE, EXPIRES);
        assertEquals(Optional.empty(), ChallengeNonces.expiryOf(RING, UUID.randomUUID(), nonce));
    }

    @Test
    void everyAlteredCharacterIsRefused() {
        String nonce = ChallengeNonces.issue(CURRENT, DEVICE, EXPIRES);
        for (int i = 0; i < nonce.length(); i++) {
            char changed = nonce.charAt(i) == 'A' ? 'B' : 'A';
            String altered = nonce.substring(0, i) + changed + nonce.substring(i + 1);
            // 48 bytes are 64 characters of 6 bits each, none of them padding: every one counts
            assertEquals(Optional.empty(), ChallengeNonces.expiryOf(RING, DEVICE, altered), "position " + i);
        }
    }

    @Test
    void aPreviousKeysNonceStaysGoodAndAnUnknownKeysIsRefused() {
        assertEquals(Optional.of(EXPIRES), ChallengeNonces.expiryOf(RING, DEVICE, ChallengeNonces.issue(PREVIOUS, DEVICE, EXPIRES)));
        assertEquals(Optional.empty(), ChallengeNonces.expiryOf(RING, DEVICE, ChallengeNonces.issue(key(), DEVICE, EXPIRES)));
        // a key with a known id but other bytes: the MAC decides, not the id
        Key impostor = new Key(CURRENT.id(), key().bytes());
        assertEquals(Optional.empty(), ChallengeNonces.expiryOf(RING, DEVICE, ChallengeNonces.issue(impostor, DEVICE, EXPIRES)));
    }

    @Test
    void malformedNoncesAreRefused() {
        String nonce = ChallengeNonces.issue(CURRENT, DEVICE, EXPIRES);
        for (String bad : new String[]{null, "", "abc", nonce.substring(1), nonce + "A", nonce.replace(nonce.charAt(3), '+'),
                "!".repeat(64), "=".repeat(64)}) {
            assertEquals(Optional.empty(), ChallengeNonces.expiryOf(RING, DEVICE, bad), String.valueOf(bad));
        }
    }
}
