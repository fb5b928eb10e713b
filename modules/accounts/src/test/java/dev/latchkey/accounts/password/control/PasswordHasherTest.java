package dev.latchkey.accounts.password.control;

import dev.latchkey.accounts.password.control.PasswordHasher;
import org.junit.jupiter.api.Test;

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
    void matchesAnArgon2idReferenceHash() {
        // PHC string made by the reference implementation (argon2 CLI): password "password", salt "somesalt"
        String reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        assertTrue(hasher.verify("password", reference));
    }
}
