package dev.latchkey.kernel.error;

/** The same Idempotency-Key arrived with a different body. */
public class IdempotencyKeyReused extends LatchkeyException {

    public IdempotencyKeyReused(String key) {
        super(ErrorCode.IDEMPOTENCY_KEY_REUSED, details("idempotency_key", key));
    }
}
