package dev.latchkey.accounts.core.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentifiersTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "jos\u00e9, jose\u0301",
            "\uff41\uff4c\uff49\uff43\uff45, alice",
            "\u0430lice, alice",
            "ALICE, alice",
            "a1ice, alice",
            "'\u00a0alice@example.com\u00a0', alice@example.com",
    })
    void lookAlikesShareAKey(String one, String other) {
        assertEquals(Identifiers.key(other), Identifiers.key(one));
    }

    @ParameterizedTest
    @CsvSource({"alice, bob", "alice@example.com, alice@example.org"})
    void differentNamesKeepDifferentKeys(String one, String other) {
        assertNotEquals(Identifiers.key(one), Identifiers.key(other));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u200bb", "a\u00adb", "a\u202eb", "a\u2060b", "a\u0000b", "a\u2028b", "a\u3000b", "a\ufeffb"})
    void hiddenCharactersAreNotVisible(String value) {
        assertFalse(Identifiers.isVisible(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "jos\u00e9", "\u0430\u043b\u0438\u0441\u0430", "a b"})
    void ordinaryTextIsVisible(String value) {
        assertTrue(Identifiers.isVisible(value));
    }

    @ParameterizedTest
    @CsvSource({"'  alice  ', alice", "\uff41, a", "'\u00a0a@b.c', a@b.c"})
    void valuesAreStoredInNfkcWithoutSurroundingSpace(String given, String stored) {
        assertEquals(stored, Identifiers.normalise(given));
    }
}
