package dev.latchkey.sessions.twofactor.control;

import org.apache.commons.codec.binary.Base32;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * RFC 6238 time-based one-time passwords with the JDK's HMAC: SHA-1, 30-second steps, 6 digits
 * (what authenticator apps expect). A code is accepted for the current step and one step either
 * side, to allow for clock drift; the step it matched is returned so that it can be used once.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    private static final int DRIFT_STEPS = 1;
    private static final Base32 BASE32 = new Base32();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new 160-bit secret, Base32 without padding, as authenticator apps take it. */
    public static String newSecret() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return BASE32.encodeToString(bytes).replace("=", "");
    }

    public static long step(Instant time) {
        return time.getEpochSecond() / STEP_SECONDS;
    }

    /** The code of a step (RFC 6238 section 4 with RFC 4226's dynamic truncation). */
    public static String code(byte[] key, long step, int digits, String algorithm) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            int otp = binary % (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", otp);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is part of every Java platform", e);
        }
    }

    public static String code(String base32Secret, long step) {
        return code(BASE32.decode(base32Secret), step, DIGITS, "HmacSHA1");
    }

    /** The step the code belongs to, if it is valid now and newer than {@code lastUsedStep}. */
    public static OptionalLong matchingStep(String base32Secret, String code, Instant now, long lastUsedStep) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            if (step > lastUsedStep && java.security.MessageDigest.isEqual(
                    code(base32Secret, step).getBytes(), code.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    public static String otpauthUri(String base32Secret, String accountLabel) {
        String label = java.net.URLEncoder.encode("Latchkey:" + accountLabel, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=Latchkey&algorithm=SHA1&digits="
                + DIGITS + "&period=" + STEP_SECONDS;
    }
}
