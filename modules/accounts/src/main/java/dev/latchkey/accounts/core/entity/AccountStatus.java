package dev.latchkey.accounts.core.entity;

/** The life cycle of an account; only ACTIVE may sign in. */
public enum AccountStatus {
    PENDING, ACTIVE, DECLINED, DEACTIVATED
}
