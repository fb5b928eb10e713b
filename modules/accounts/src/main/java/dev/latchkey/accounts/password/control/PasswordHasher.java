package dev.latchkey.accounts.password.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.logging.Logger;

/**
 * Argon2id at OWASP's current minimum (19 MiB, t=2, p=1), stored in the PHC string format
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}) so that the parameters can be raised later
 * without breaking stored hashes. Hashed by the reference C implementation (argon2-jvm, through
 * JNA, see {@link Argon2Native}): 1.7 times Bouncy Castle's rate on this kind of machine, and its
 * 19 MiB live outside the Java heap (Bouncy Castle's 19 456 block objects per hash kept the garbage
 * collector busy under sign-in load, bench/login.sh). Where argon2-jvm bundles no library, Bouncy
 * Castle computes the same hashes.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    /** The most memory a stored hash may ask for (1 GiB); anything above is not a hash of ours. */
    private static final int MAX_MEMORY_KIB = 1 << 20;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private static final Argon2Native NATIVE = loadNative();

    private final SecureRandom random = new SecureRandom();
    /**
     * At most one hash per core at a time. Each Argon2id run holds 19 MiB; letting every request
     * thread hash at once only multiplies the live memory the garbage collector must copy and
     * the context switches, and lowers the rate (measured in bench/login.sh).
     */
    private final Semaphore slots = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = argon2(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /** Checks a password against a stored PHC string in constant time; false for any malformed hash. */
    public boolean verify(String password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 6 || !"argon2id".equals(parts[1])) {
            return false;
        }
        try {
            int m = 0;
            int t = 0;
            int p = 0;
            for (String param : parts[3].split(",")) {
                int value = Integer.parseInt(param.substring(2));
                switch (param.charAt(0)) {
                    case 'm' -> m = value;
                    case 't' -> t = value;
                    case 'p' -> p = value;
                    default -> {
                        return false;
                    }
                }
            }
            byte[] salt = B64D.decode(parts[4]);
            byte[] expected = B64D.decode(parts[5]);
            if (p < 1 || p > 16 || m < 8 * p || m > MAX_MEMORY_KIB || t < 1 || t > 64 || salt.length < 8 || expected.length < 4) {
                return false;
            }
            return MessageDigest.isEqual(expected, argon2(password, salt, m, t, p, expected.length));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return false;
        }
    }

    private byte[] argon2(String password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        slots.acquireUninterruptibly();
        try {
            return argon2Now(password, salt, memoryKib, iterations, parallelism, length);
        } finally {
            slots.release();
        }
    }

    private static byte[] argon2Now(String password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        if (NATIVE != null) {
            return NATIVE.hash(secret, salt, memoryKib, iterations, parallelism, length);
        }
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build());
        byte[] out = new byte[length];
        generator.generateBytes(secret, out);
        return out;
    }

    /** Whether the reference implementation hashes here (else Bouncy Castle). */
    static boolean isNative() {
        return NATIVE != null;
    }

    /** How many native work areas exist: at most one per hash that ran at the same time. */
    static int workAreas() {
        return NATIVE == null ? 0 : NATIVE.areas();
    }

    /** The reference implementation, or null where argon2-jvm bundles no library (then Bouncy Castle hashes). */
    private static Argon2Native loadNative() {
        try {
            return Argon2Native.load(MEMORY_KIB);
        } catch (LinkageError | RuntimeException e) {
            Logger.getLogger(PasswordHasher.class.getName()).warning(() -> "Argon2id: no native library for this platform ("
                    + e + "); hashing with Bouncy Castle, about half as fast");
            return null;
        }
    }
}
