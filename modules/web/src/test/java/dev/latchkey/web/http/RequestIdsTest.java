package dev.latchkey.web.http;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "req-7f3c", "A.b_c-9", "x123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456"})
    void wellFormedIdsAreKept(String id) {
        assertEquals(id, RequestIds.accept(id));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"has space", "semi;colon", "ünï", "<script>"})
    void othersAreReplaced(String id) {
        String accepted = RequestIds.accept(id);
        assertNotEquals(id, accepted);
        assertTrue(accepted.matches("[A-Za-z0-9._-]{1,128}"));
    }

    @org.junit.jupiter.api.Test
    void tooLongIsReplaced() {
        assertNotEquals("y".repeat(129), RequestIds.accept("y".repeat(129)));
    }
}
