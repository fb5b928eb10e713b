package dev.latchkey.kernel.error;

/** A request body over {@code http.max-body-bytes}. */
public class PayloadTooLarge extends LatchkeyException {

    public PayloadTooLarge(long maxBytes) {
        super(ErrorCode.PAYLOAD_TOO_LARGE, "The request body is larger than " + maxBytes + " bytes", details("max_bytes", maxBytes));
    }
}
