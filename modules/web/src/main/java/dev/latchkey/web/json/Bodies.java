package dev.latchkey.web.json;

import dev.latchkey.kernel.error.InvalidRequest;

/** A JAX-RS entity parameter is null when no body came at all; that is a 400, like an empty one. */
public final class Bodies {

    private Bodies() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new InvalidRequest("body", "a JSON object is required");
        }
        return body;
    }
}
