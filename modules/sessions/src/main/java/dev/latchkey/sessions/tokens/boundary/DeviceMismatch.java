package dev.latchkey.sessions.tokens.boundary;

import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.LatchkeyException;

import java.util.Optional;
import java.util.UUID;

/** A device-bound session used with another device, none, or a device id that is not one (null then). */
public class DeviceMismatch extends LatchkeyException {

    public DeviceMismatch(Optional<UUID> claimed) {
        super(ErrorCode.DEVICE_MISMATCH, details("device_id", claimed.map(UUID::toString).orElse(null)));
    }
}
