package dev.latchkey.sessions.twofactor.control;

import dev.latchkey.sessions.twofactor.control.Totp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 6238 appendix B test vectors (8 digits), and the rules the service adds. */
class TotpTest {

    static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SHA512_KEY = "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void rfc6238Vectors(long time, String sha1, String sha256, String sha512) {
        long step = time / 30;
        assertEquals(sha1, Totp.code(SHA1_KEY, step, 8, "HmacSHA1"));
        assertEquals(sha256, Totp.code(SHA256_KEY, step, 8, "HmacSHA256"));
        assertEquals(sha512, Totp.code(SHA512_KEY, step, 8, "HmacSHA512"));
    }

    @Test
    void aCodeMatchesItsStepAndItsNeighboursButNotOnceUsed() {
        String secret = Totp.newSecret();
        Instant now = Instant.parse("2026-01-01T00:00:10Z");
        long step = Totp.step(now);
        assertEquals(step, Totp.matchingStep(secret, Totp.code(secret, step), now, 0).getAsLong());
        assertEquals(step - 1, Totp.matchingStep(secret, Totp.code(secret, step - 1), now, 0).getAsLong());
        assertTrue(Totp.matchingStep(secret, Totp.code(secret, step - 2), now, 0).isEmpty(), "too old");
        assertTrue(Totp.matchingStep(secret, Totp.code(secret, step), now, step).isEmpty(), "used once already");
        assertTrue(Totp.matchingStep(secret, "12345", now, 0).isEmpty());
        assertTrue(Totp.matchingStep(secret, null, now, 0).isEmpty());
    }

    @Test
    void secretsAndUrisAreWhatAuthenticatorsTake() {
        String secret = Totp.newSecret();
        assertTrue(secret.matches("[A-Z2-7]{32}"), secret);
        assertEquals("otpauth://totp/Latchkey%3Aada%40example.com?secret=" + secret + "&issuer=Latchkey&algorithm=SHA1&digits=6&period=30",
                Totp.otpauthUri(secret, "ada@example.com"));
    }
}
