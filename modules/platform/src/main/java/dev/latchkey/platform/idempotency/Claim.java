package dev.latchkey.platform.idempotency;

import java.util.Optional;

/**
 * The outcome of presenting an Idempotency-Key: this request owns the key and runs
 * ({@link #owned()}), a finished first request is replayed ({@link #replay()}), or the first
 * request is still running ({@link #inFlight()}).
 */
public record Claim(State state, Optional<StoredResponse> replay) {

    public enum State { OWNED, REPLAY, IN_FLIGHT }

    static Claim ownedNow() {
        return new Claim(State.OWNED, Optional.empty());
    }

    static Claim replaying(StoredResponse response) {
        return new Claim(State.REPLAY, Optional.of(response));
    }

    static Claim stillRunning() {
        return new Claim(State.IN_FLIGHT, Optional.empty());
    }

    public boolean owned() {
        return state == State.OWNED;
    }

    public boolean inFlight() {
        return state == State.IN_FLIGHT;
    }
}
