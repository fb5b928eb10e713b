package dev.latchkey.web.auth;

import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.LatchkeyException;

import java.util.List;

/** The caller's account lacks the route's permission. */
public class AccessDenied extends LatchkeyException {

    public AccessDenied(String required, List<String> held, String resource) {
        super(ErrorCode.ACCESS_DENIED, details("required_permission", required, "user_permissions", List.copyOf(held),
                "resource", "/" + resource.replaceFirst("^/", "")));
    }
}
