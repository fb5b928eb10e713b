package dev.latchkey.accounts.core.control;

import dev.latchkey.accounts.core.entity.Account;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/** Tells this node's {@link AccountViews} about an account the service changes (other nodes hear the table's trigger). */
public class AccountChanges {

    @PostUpdate
    @PostRemove
    void changed(Account account) {
        CDI.current().select(AccountViews.class).get().changed(account.id());
    }
}
