package dev.latchkey.web.auth;

import jakarta.enterprise.context.RequestScoped;

/** The principal of the request being served, as {@link Authentication} found it. */
@RequestScoped
public class CurrentPrincipal {

    private Principal principal;

    void set(Principal principal) {
        this.principal = principal;
    }

    public Principal get() {
        if (principal == null) {
            throw new IllegalStateException("no authenticated principal; is the method @Authenticated?");
        }
        return principal;
    }
}
