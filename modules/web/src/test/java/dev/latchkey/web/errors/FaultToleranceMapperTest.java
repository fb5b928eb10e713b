package dev.latchkey.web.errors;

import dev.latchkey.kernel.error.ErrorCode;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FaultToleranceMapperTest {

    @Test
    void anOpenCircuitIsServiceUnavailableWithRetryAfter() {
        ApiError error = FaultToleranceMapper.translate(new CircuitBreakerOpenException("open"));
        assertEquals(ErrorCode.SERVICE_UNAVAILABLE, error.code());
        assertEquals(FaultToleranceMapper.CIRCUIT_RETRY_AFTER, error.details().get("retry_after"));
    }

    @Test
    void aFullBulkheadIsServiceOverloaded() {
        ApiError error = FaultToleranceMapper.translate(new BulkheadException("full"));
        assertEquals(ErrorCode.SERVICE_OVERLOADED, error.code());
        assertEquals(503, error.code().status());
    }

    @Test
    void aTimeoutIsNetworkTimeout() {
        ApiError error = FaultToleranceMapper.translate(new TimeoutException("slow"));
        assertEquals(ErrorCode.NETWORK_TIMEOUT, error.code());
        assertEquals(504, error.code().status());
    }
}
