package dev.latchkey.accounts.core.control;

import dev.latchkey.accounts.core.boundary.AccountView;
import dev.latchkey.platform.invalidation.InvalidatedCache;
import dev.latchkey.platform.invalidation.Invalidations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Accounts as this node last read them, so a token check and {@code GET /api/auth/me} need no
 * database read. A trigger on the account table announces every change on the invalidation channel
 * (V22), so every node drops the account when the change commits, whoever made it; this node also
 * drops it itself, at once, when a change made here commits ({@link AccountChanges}). A read that
 * overlapped an invalidation is not kept, and while the node does not hear the channel nothing is
 * kept or trusted.
 */
@ApplicationScoped
public class AccountViews implements Invalidations.Subscriber {

    private static final int MAX_ENTRIES = 100_000;
    private static final String ACCOUNT = "account:";

    @Inject
    Invalidations invalidations;
    @Resource
    TransactionSynchronizationRegistry transactions;

    private InvalidatedCache<UUID, AccountView> entries;

    @PostConstruct
    void subscribe() {
        entries = new InvalidatedCache<>(invalidations, MAX_ENTRIES);
        invalidations.subscribe(this);
    }

    /** The account as cached, else as {@code read} finds it (kept unless something changed meanwhile). */
    public AccountView find(UUID id, Supplier<AccountView> read) {
        return entries.cached(id).orElseGet(() -> entries.load(id, read, Optional::of));
    }

    /** In the transaction that changes the account: this node drops it the moment the change commits. */
    void changed(UUID id) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    invalidated(ACCOUNT + id);
                }
            }
        });
    }

    @Override
    public void invalidated(String key) {
        if (key.startsWith(ACCOUNT)) {
            entries.drop(UUID.fromString(key.substring(ACCOUNT.length())));
        }
    }

    @Override
    public void forgetAll() {
        entries.dropAll();
    }
}
