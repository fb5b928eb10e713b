package dev.latchkey.web.auth;

import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.LatchkeyException;

import java.util.Set;
import java.util.TreeSet;

/** The API key lacks the scope the route needs. */
public class InsufficientScope extends LatchkeyException {

    public InsufficientScope(String required, Set<String> held) {
        super(ErrorCode.INSUFFICIENT_SCOPE, details("required_scope", required, "key_scopes", new TreeSet<>(held)));
    }
}
