package dev.latchkey.accounts.administration.boundary;

import dev.latchkey.platform.webhooks.WebhookEvents;
import dev.latchkey.accounts.administration.control.AdministrationErrors;
import dev.latchkey.accounts.core.boundary.AccountView;
import dev.latchkey.accounts.core.control.AccountStore;
import dev.latchkey.accounts.core.entity.Account;
import dev.latchkey.accounts.core.entity.AccountStatus;
import dev.latchkey.accounts.groups.control.GroupStore;
import dev.latchkey.accounts.password.control.LoginGuard;
import dev.latchkey.accounts.password.control.PasswordCheck;
import dev.latchkey.kernel.events.SessionsToEnd;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What administrators do to accounts. Each transition locks the account's row first, so of
 * several administrators acting at once one changes the state and the others see the new one
 * (and are refused if it no longer allows their action). Each change actually made is recorded
 * once, with who made it. Deactivation ends the account's sessions in the same transaction.
 */
@ApplicationScoped
@Transactional
public class Administration {

    @Inject
    AccountStore store;
    @Inject
    GroupStore groups;
    @Inject
    LoginGuard guard;
    @Inject
    Event<SessionsToEnd> sessionsToEnd;
    @Inject
    Clock clock;
    @Inject
    WebhookEvents events;

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountPage list(Optional<AccountStatus> status, int page, int size) {
        return new AccountPage(store.page(status, page, size).stream().map(AccountView::of).toList(), page, size, store.count(status));
    }

    /** PENDING → ACTIVE. */
    public AccountView approve(UUID id, UUID by) {
        return transition(id, by, "approve", AccountStatus.PENDING, AccountStatus.ACTIVE);
    }

    /** PENDING → DECLINED. */
    public AccountView decline(UUID id, UUID by) {
        return transition(id, by, "decline", AccountStatus.PENDING, AccountStatus.DECLINED);
    }

    /** ACTIVE → DEACTIVATED; the account's sessions end at once. */
    public AccountView deactivate(UUID id, UUID by) {
        AccountView view = transition(id, by, "deactivate", AccountStatus.ACTIVE, AccountStatus.DEACTIVATED);
        sessionsToEnd.fire(new SessionsToEnd(id, Optional.empty(), "account_deactivated"));
        return view;
    }

    /** DEACTIVATED → ACTIVE. */
    public AccountView reactivate(UUID id, UUID by) {
        return transition(id, by, "reactivate", AccountStatus.DEACTIVATED, AccountStatus.ACTIVE);
    }

    /** Lifts the account's sign-in lockout at once. */
    public AccountView unlock(UUID id) {
        Account account = store.require(id);
        guard.reset(PasswordCheck.subjectOf(id));
        return AccountView.of(account);
    }

    /**
     * Replaces the account's permissions; its open sessions see them on their next request. The last
     * account holding {@code admin} keeps it (the holders are locked while counting, so two
     * administrators demoting each other at once cannot both succeed).
     */
    public AccountView setPermissions(UUID id, Set<String> permissions) {
        Account account = store.lock(id);
        if (account.permissions().contains(Account.ADMIN_PERMISSION) && !permissions.contains(Account.ADMIN_PERMISSION)
                && store.lockHolders(Account.ADMIN_PERMISSION).size() <= 1) {
            throw new AdministrationErrors.LastAdministrator();
        }
        account.grant(permissions, clock.instant());
        store.flush();
        return AccountView.of(account);
    }

    /** Moves the account into a group that exists and is not deleted. */
    public AccountView moveToGroup(UUID id, UUID groupId) {
        Account account = store.lock(id);
        account.moveToGroup(groups.requireLive(groupId).id(), clock.instant());
        store.flush();
        return AccountView.of(account);
    }

    private AccountView transition(UUID id, UUID by, String action, AccountStatus from, AccountStatus to) {
        Account account = store.lock(id);
        if (account.status() != from) {
            throw new AdministrationErrors.TransitionNotAllowed(action, account.status(), from);
        }
        Instant now = clock.instant();
        account.changeStatus(to, now);
        store.recordStatusChange(id, from, to, by, now);
        store.flush();
        events.publish(WebhookEvents.ACCOUNT_STATUS_CHANGED, "accountId", id, "from", from.name(), "to", to.name());
        return AccountView.of(account);
    }
}
