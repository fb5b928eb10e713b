package dev.latchkey.kernel.error;

/** The resource changed under the request and the retries did not resolve it. */
public class ConcurrencyConflict extends LatchkeyException {

    public ConcurrencyConflict(String resourceType, Object resourceId) {
        super(ErrorCode.CONCURRENCY_CONFLICT, details("resource_type", resourceType, "resource_id", String.valueOf(resourceId)));
    }
}
