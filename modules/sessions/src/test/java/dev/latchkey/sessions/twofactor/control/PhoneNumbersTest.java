package dev.latchkey.sessions.twofactor.control;

import dev.latchkey.kernel.error.ValidationFailed;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhoneNumbersTest {

    @Test
    void takesValidE164NumbersAndMasksThem() {
        assertEquals("+14155550123", PhoneNumbers.e164("+14155550123"));
        assertEquals("+447911123456", PhoneNumbers.e164("+447911123456"));
        assertEquals("+1•••••0123", PhoneNumbers.masked("+14155550123"));
        assertEquals("+44•••••3456", PhoneNumbers.masked("+447911123456"));
    }

    @Test
    void refusesWhatIsNotAValidE164Number() {
        for (String bad : new String[]{"", "14155550123", "+1415", "+999123456789", "+1 415 555 0123", "+0123456789", "+1415555012345678", "phone"}) {
            assertThrows(ValidationFailed.class, () -> PhoneNumbers.e164(bad), bad);
        }
        assertThrows(ValidationFailed.class, () -> PhoneNumbers.e164(null));
    }

    @Test
    void codesAreSixDigitsAndHashedWithTheirSalt() {
        String code = OneTimeCodes.newCode();
        assertTrue(OneTimeCodes.looksLikeOne(code));
        String salt = OneTimeCodes.newSalt();
        assertEquals(OneTimeCodes.hash(salt, code), OneTimeCodes.hash(salt, code));
        assertNotEquals(OneTimeCodes.hash(salt, code), OneTimeCodes.hash(OneTimeCodes.newSalt(), code));
    }
}
