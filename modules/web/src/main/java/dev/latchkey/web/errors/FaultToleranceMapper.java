package dev.latchkey.web.errors;

import dev.latchkey.kernel.error.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.util.Map;

/**
 * MicroProfile Fault Tolerance's own failures: an open circuit is SERVICE_UNAVAILABLE, a full
 * bulkhead SERVICE_OVERLOADED, a timeout NETWORK_TIMEOUT; each tells when to retry.
 */
@Provider
public class FaultToleranceMapper implements ExceptionMapper<FaultToleranceException> {

    static final long CIRCUIT_RETRY_AFTER = 10;
    static final long OVERLOAD_RETRY_AFTER = 1;
    static final long TIMEOUT_RETRY_AFTER = 5;

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(FaultToleranceException e) {
        return ErrorResponses.of(translate(e), request);
    }

    static ApiError translate(FaultToleranceException e) {
        if (e instanceof CircuitBreakerOpenException) {
            return ApiError.of(ErrorCode.SERVICE_UNAVAILABLE, Map.of("retry_after", CIRCUIT_RETRY_AFTER));
        }
        if (e instanceof BulkheadException) {
            return ApiError.of(ErrorCode.SERVICE_OVERLOADED, Map.of("retry_after", OVERLOAD_RETRY_AFTER));
        }
        if (e instanceof TimeoutException) {
            return ApiError.of(ErrorCode.NETWORK_TIMEOUT, Map.of("retry_after", TIMEOUT_RETRY_AFTER));
        }
        return ApiError.of(ErrorCode.SERVICE_UNAVAILABLE, Map.of("retry_after", CIRCUIT_RETRY_AFTER));
    }
}
