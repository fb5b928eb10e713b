package dev.latchkey.web.auth;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/** The principal of the request being served, as {@link Authentication} found it. */
@RequestScoped
public class CurrentPrincipal {

    private Principal principal;

    void set(Principal principal) {
        this.principal = principal;
    }

    /** The principal when the route authenticated one. */
    public Optional<Principal> find() {
        return Optional.ofNullable(principal);
    }

    public Principal get() {
        if (principal == null) {
            throw new IllegalStateException("no authenticated principal; is the method @Authenticated?");
        }
        return principal;
    }
}
