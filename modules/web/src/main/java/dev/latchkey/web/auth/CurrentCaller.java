package dev.latchkey.web.auth;

import dev.latchkey.sessions.tokens.boundary.Caller;
import jakarta.enterprise.context.RequestScoped;

/** The caller of the request being served, as the authentication filter found it. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    public Caller get() {
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller; is the method @Authenticated?");
        }
        return caller;
    }
}
