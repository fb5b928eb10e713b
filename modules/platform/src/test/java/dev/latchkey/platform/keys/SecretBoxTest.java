package dev.latchkey.platform.keys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretBoxTest {

    static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    static KeyRing ring(String signing, String previousSigning, String encryption, String previousEncryption, Path file) {
        KeyRing ring = new KeyRing();
        ring.signingKey = Optional.ofNullable(signing);
        ring.previousSigningKeys = Optional.ofNullable(previousSigning);
        ring.encryptionKey = Optional.ofNullable(encryption);
        ring.previousEncryptionKeys = Optional.ofNullable(previousEncryption);
        ring.keyFile = Optional.ofNullable(file).map(Path::toString);
        ring.load();
        return ring;
    }

    static SecretBox box(KeyRing ring) {
        SecretBox box = new SecretBox();
        box.keys = ring;
        return box;
    }

    @Test
    void sealsAndOpensBoundToItsContext() {
        SecretBox box = box(ring(randomKey(), null, randomKey(), null, null));
        String sealed = box.seal("totp:1", "JBSWY3DPEHPK3PXP");
        assertTrue(sealed.startsWith("gcm1."));
        assertTrue(!sealed.contains("JBSWY3DPEHPK3PXP"));
        assertEquals("JBSWY3DPEHPK3PXP", box.open("totp:1", sealed));
        assertNotEquals(sealed, box.seal("totp:1", "JBSWY3DPEHPK3PXP"), "a fresh IV every time");
        assertThrows(IllegalStateException.class, () -> box.open("totp:2", sealed), "copied to another row, it does not open");
        assertThrows(IllegalArgumentException.class, () -> box.open("totp:1", "JBSWY3DPEHPK3PXP"));
    }

    @Test
    void aCallerSecretIsNeededToOpen() {
        SecretBox box = box(ring(randomKey(), null, randomKey(), null, null));
        byte[] body = "{\"accessToken\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        String sealed = box.seal("idempotency:s:k", body, "key-1".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(body, box.open("idempotency:s:k", sealed, "key-1".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalStateException.class, () -> box.open("idempotency:s:k", sealed, "key-2".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalStateException.class, () -> box.open("idempotency:s:k", sealed, null));
    }

    @Test
    void aRotatedKeyStillOpensWhatItSealedAndSignsNoMore() {
        String oldEncryption = randomKey();
        String oldSigning = randomKey();
        KeyRing before = ring(oldSigning, null, oldEncryption, null, null);
        String sealed = box(before).seal("c", "secret");
        KeyRing after = ring(randomKey(), oldSigning, randomKey(), oldEncryption, null);
        assertEquals("secret", box(after).open("c", sealed));
        assertNotEquals(before.signingKey().id(), after.signingKey().id());
        assertTrue(after.signingKey(before.signingKey().id()).isPresent(), "the previous signing key is still accepted");
        KeyRing forgotten = ring(randomKey(), null, randomKey(), null, null);
        assertThrows(IllegalStateException.class, () -> box(forgotten).open("c", sealed));
        assertTrue(forgotten.signingKey(before.signingKey().id()).isEmpty());
    }

    @Test
    void unsetKeysComeFromAFileMadeOnceAndReadableByItsOwnerOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys/keys.properties");
        KeyRing first = ring(null, null, null, null, file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        KeyRing second = ring(null, null, null, null, file);
        assertEquals(first.signingKey().id(), second.signingKey().id());
        assertEquals(first.encryptionKey().id(), second.encryptionKey().id());
    }

    @Test
    void aShortOrMalformedKeyIsRefusedByName() {
        IllegalStateException shortKey = assertThrows(IllegalStateException.class,
                () -> ring(Base64.getEncoder().encodeToString(new byte[16]), null, randomKey(), null, null));
        assertTrue(shortKey.getMessage().contains("tokens.signing-key"));
        assertThrows(IllegalStateException.class, () -> ring(randomKey(), null, "%%%", null, null));
    }
}
