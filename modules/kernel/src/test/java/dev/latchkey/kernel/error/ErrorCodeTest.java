package dev.latchkey.kernel.error;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorCodeTest {

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyCodeHasAMessageAndAnErrorStatus(ErrorCode code) {
        assertFalse(code.message().isBlank());
        assertFalse(code.when().isBlank());
        assertTrue(code.status() >= 400 && code.status() < 600);
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void retryAfterOnEvery429And503ButTheQuotas(ErrorCode code) {
        boolean quota = code == ErrorCode.DEVICE_QUOTA_EXCEEDED || code == ErrorCode.SESSION_CONCURRENT_LIMIT;
        assertEquals((code.status() == 429 || code.status() == 503) && !quota, code.carriesRetryAfter());
    }
}
