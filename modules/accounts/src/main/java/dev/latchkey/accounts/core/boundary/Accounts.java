package dev.latchkey.accounts.core.boundary;

import dev.latchkey.accounts.core.control.AccountStore;
import dev.latchkey.accounts.core.control.AccountViews;
import dev.latchkey.accounts.core.control.Identifiers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;

import java.util.UUID;

/** Reading an account, for whoever knows its id (the web module decides who may). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Accounts {

    @Inject
    AccountStore store;

    @Inject
    AccountViews views;

    /** The account as committed (from this node's memory when it has it); RESOURCE_NOT_FOUND for an unknown id. */
    public AccountView find(UUID id) {
        return views.find(id, () -> AccountView.of(store.require(id)));
    }

    /**
     * The key a login (email or username) is counted under, e.g. by the per-login rate limit: the
     * same for every spelling that names the same account (case, width, look-alike characters),
     * whether or not an account exists.
     */
    public String loginKey(String login) {
        return Identifiers.key(login);
    }
}
