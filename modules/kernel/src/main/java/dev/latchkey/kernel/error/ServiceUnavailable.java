package dev.latchkey.kernel.error;

/** A dependency, usually the database, cannot be reached; the client may retry after a while. */
public class ServiceUnavailable extends LatchkeyException {

    public ServiceUnavailable(long retryAfterSeconds) {
        super(ErrorCode.SERVICE_UNAVAILABLE, details("retry_after", retryAfterSeconds));
    }
}
