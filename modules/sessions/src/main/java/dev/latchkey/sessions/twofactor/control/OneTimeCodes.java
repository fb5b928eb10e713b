package dev.latchkey.sessions.twofactor.control;

import dev.latchkey.kernel.secrets.Secrets;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Codes sent by e-mail or SMS: six digits from a CSPRNG, kept only as a salted SHA-256. */
public final class OneTimeCodes {

    public static final int DIGITS = 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeCodes() {
    }

    public static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    public static String newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }

    public static String hash(String salt, String code) {
        return Secrets.sha256Hex(salt + ":" + code);
    }

    public static boolean looksLikeOne(String given) {
        return given.matches("\\d{" + DIGITS + "}");
    }
}
