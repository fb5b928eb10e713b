package dev.latchkey.accounts.password.control;

import dev.latchkey.accounts.password.control.PasswordHasher;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesAsArgon2idWithOwaspParametersAndVerifies() {
        String hash = hasher.hash("correct horse battery");
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertTrue(hasher.verify("correct horse battery", hash));
        assertFalse(hasher.verify("correct horse battery!", hash));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("same password here"), hasher.hash("same password here"));
    }

    @Test
    void rejectsMalformedHashesInsteadOfThrowing() {
        assertFalse(hasher.verify("x", "not a hash"));
        assertFalse(hasher.verify("x", "$argon2id$v=19$m=abc,t=2,p=1$AAAA$AAAA"));
        assertFalse(hasher.verify("x", "$bcrypt$v=19$m=1,t=2,p=1$AAAA$AAAA"));
    }

    @Test
    void refusesParametersNoHashOfOursHas() {
        String good = hasher.hash("pw");
        String[] parts = good.split("\\$");
        for (String params : new String[]{"m=0,t=2,p=1", "m=19456,t=0,p=1", "m=19456,t=2,p=0", "m=4194304,t=2,p=1", "m=19456,t=1000,p=1"}) {
            assertFalse(hasher.verify("pw", "$argon2id$v=19$" + params + "$" + parts[4] + "$" + parts[5]), params);
        }
    }

    @Test
    void hashesWithTheReferenceImplementationAndVerifiesBouncyCastleHashes() {
        assertTrue(PasswordHasher.isNative(), "argon2-jvm bundles a library for this platform");
        byte[] salt = "sixteen byte slt".getBytes(StandardCharsets.US_ASCII);
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(19456).withIterations(2).withParallelism(1).withSalt(salt).build());
        byte[] hash = new byte[32];
        generator.generateBytes("stored before".getBytes(StandardCharsets.UTF_8), hash);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        String stored = "$argon2id$v=19$m=19456,t=2,p=1$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
        assertTrue(hasher.verify("stored before", stored));
        assertFalse(hasher.verify("stored beforE", stored));
    }

    @Test
    void keepsOneWorkAreaPerHashRunningAtOnceAndHashesRightInParallel() throws Exception {
        String stored = hasher.hash("parallel password");
        int threads = 4 * Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 3 * threads; i++) {
                String password = i % 3 == 0 ? "parallel passworD" : "parallel password";
                checks.add(pool.submit(() -> hasher.verify(password, stored)));
            }
            for (int i = 0; i < checks.size(); i++) {
                assertEquals(i % 3 != 0, checks.get(i).get(), "check " + i);
            }
        } finally {
            pool.shutdownNow();
        }
        // the hasher lets one hash per core run at once, and each reuses a work area left by an earlier one
        assertTrue(PasswordHasher.workAreas() >= 1 && PasswordHasher.workAreas() <= Runtime.getRuntime().availableProcessors(),
                "work areas: " + PasswordHasher.workAreas());
    }

    @Test
    void matchesAnArgon2idReferenceHash() {
        // PHC string made by the reference implementation (argon2 CLI): password "password", salt "somesalt"
        String reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        assertTrue(hasher.verify("password", reference));
    }
}
