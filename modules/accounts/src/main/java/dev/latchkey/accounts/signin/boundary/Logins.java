package dev.latchkey.accounts.signin.boundary;

import dev.latchkey.accounts.core.boundary.AccountView;
import dev.latchkey.accounts.core.control.AccountPolicy;
import dev.latchkey.accounts.core.control.AccountStore;
import dev.latchkey.accounts.core.control.Identifiers;
import dev.latchkey.accounts.core.entity.Account;
import dev.latchkey.accounts.core.entity.AccountStatus;
import dev.latchkey.accounts.groups.control.GroupStore;
import dev.latchkey.accounts.groups.entity.AccountGroup;
import dev.latchkey.accounts.password.control.PasswordCheck;
import dev.latchkey.accounts.signin.control.SignInErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.Optional;

/**
 * Says which account a login and password belong to. An unknown login costs the same as a known
 * one and fails the same way ({@link PasswordCheck}), so neither the answer nor its timing tells
 * which accounts exist. Failures count per account whether it is named by email or username,
 * and per identifier key otherwise. The account's state is told only after a correct password.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class Logins {

    @Inject
    AccountStore store;
    @Inject
    PasswordCheck passwords;
    @Inject
    AccountPolicy policy;
    @Inject
    GroupStore groups;

    /** The account signing in, once the password is right and its state allows it. */
    public AccountView identify(@NotNull @Valid Credentials credentials) {
        Optional<Account> account = store.findByLogin(credentials.login());
        String subject = account.map(a -> PasswordCheck.subjectOf(a.id())).orElse("login:" + Identifiers.key(credentials.login()));
        passwords.check(subject, credentials.password(), account.map(Account::passwordHash));
        Account found = account.orElseThrow();
        if (found.status() != AccountStatus.ACTIVE) {
            throw new SignInErrors.AccountNotActive(found.status());
        }
        if (policy.emailConfirmationRequired() && !found.emailConfirmed()) {
            throw new SignInErrors.EmailNotConfirmed();
        }
        // administrators sign in whatever the group policy says, or no one could create the first group
        if (policy.groupRequired() && !found.permissions().contains(Account.ADMIN_PERMISSION)) {
            if (found.groupId() == null) {
                throw new SignInErrors.NoGroup();
            }
            if (groups.find(found.groupId()).filter(AccountGroup::isDeleted).isPresent()) {
                throw new SignInErrors.GroupDeleted(found.groupId());
            }
        }
        return AccountView.of(found);
    }

    /** Prepares the unknown-login path at start-up. */
    public void warmUp() {
        passwords.warmUp();
    }
}
