package dev.latchkey.kernel.error;

/** A request that cannot be read: not JSON, a wrong JSON type, a malformed header or path value. */
public class InvalidRequest extends LatchkeyException {

    public InvalidRequest(String field, String issue) {
        super(ErrorCode.INVALID_REQUEST, details("field", field, "issue", issue));
    }
}
