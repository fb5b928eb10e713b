package dev.latchkey.web.http;

import dev.latchkey.kernel.error.InvalidRequest;

import java.util.UUID;

/** Path and query ids are taken as text and parsed here, so a malformed one is a 400 that names it. */
public final class Ids {

    private Ids() {
    }

    public static UUID uuid(String name, String value) {
        try {
            if (value != null && value.length() == 36) {
                return UUID.fromString(value);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw new InvalidRequest(name, "must be a UUID");
    }
}
