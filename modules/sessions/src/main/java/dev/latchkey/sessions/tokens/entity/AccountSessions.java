package dev.latchkey.sessions.tokens.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.UUID;

/**
 * The sessions module's view of an account: how many sessions it has opened, under a
 * {@code @Version}. Opening a session bumps it, so two sign-ins that counted the same open
 * sessions cannot both commit: the second fails with an optimistic lock and counts again.
 */
@Entity
@Table(name = "account_sessions")
public class AccountSessions {

    @Id
    @Column(name = "account_id")
    private UUID accountId;
    private long opened;
    @Version
    private long version;

    protected AccountSessions() {
    }

    public void opened() {
        opened++;
    }
}
