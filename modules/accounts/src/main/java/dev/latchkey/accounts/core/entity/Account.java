package dev.latchkey.accounts.core.entity;

import dev.latchkey.accounts.core.control.AccountChanges;
import dev.latchkey.accounts.core.control.Identifiers;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A person's account. Emails are kept lower case; the password only as its hash. The email and
 * username keys (confusable skeletons, see {@code Identifiers}) decide uniqueness and sign-in lookups.
 */
@Entity
@Table(name = "account")
@EntityListeners(AccountChanges.class)
public class Account {

    /** Permissions of every new account (CONTRACT.md section 4). */
    public static final List<String> DEFAULT_PERMISSIONS = List.of("read", "write");
    public static final String ADMIN_PERMISSION = "admin";

    @Id
    private UUID id;
    @Column(nullable = false)
    private String email;
    @Column(name = "email_key", nullable = false)
    private String emailKey;
    @Column(nullable = false)
    private String username;
    @Column(name = "username_key", nullable = false)
    private String usernameKey;
    /** 1 once the keys are skeletons; rows from before have 0 until start-up re-keys them. */
    @Column(name = "keys_version", nullable = false)
    private int keysVersion = 1;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    @Column(name = "replaced_password_hash")
    private String replacedPasswordHash;
    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;
    @Column(name = "display_name")
    private String displayName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountStatus status;
    @Column(name = "email_confirmed", nullable = false)
    private boolean emailConfirmed;
    @Column(nullable = false)
    private String permissions;
    @Column(name = "group_id")
    private UUID groupId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Account() {
    }

    public Account(String email, String username, String passwordHash, String displayName, AccountStatus status, Instant now) {
        this.id = UUID.randomUUID();
        this.email = email;
        this.emailKey = Identifiers.key(email);
        this.username = username;
        this.usernameKey = Identifiers.key(username);
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.status = status;
        this.permissions = String.join(",", DEFAULT_PERMISSIONS);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** An administrator created at start-up: active, confirmed, with every permission. */
    public static Account administrator(String email, String username, String passwordHash, Instant now) {
        Account admin = new Account(email, username, passwordHash, "Administrator", AccountStatus.ACTIVE, now);
        admin.emailConfirmed = true;
        admin.permissions = "read,write,admin";
        return admin;
    }

    public void confirmEmail(Instant now) {
        emailConfirmed = true;
        updatedAt = now;
    }

    public void changePassword(String newHash, Instant now) {
        replacedPasswordHash = passwordHash;
        passwordChangedAt = now;
        passwordHash = newHash;
        updatedAt = now;
    }

    /** The hash the last password change replaced, if that change happened within {@code recently} of now. */
    public Optional<String> replacedPasswordHash(Instant now, Duration recently) {
        return passwordChangedAt != null && passwordChangedAt.plus(recently).isAfter(now)
                ? Optional.ofNullable(replacedPasswordHash) : Optional.empty();
    }

    /** Moves to another status; the caller checks the transition is allowed. */
    public void changeStatus(AccountStatus next, Instant now) {
        status = next;
        updatedAt = now;
    }

    public void grant(java.util.Collection<String> newPermissions, Instant now) {
        permissions = String.join(",", new java.util.TreeSet<>(newPermissions));
        updatedAt = now;
    }

    public void moveToGroup(UUID group, Instant now) {
        groupId = group;
        updatedAt = now;
    }

    public void rename(String newDisplayName, Instant now) {
        displayName = newDisplayName;
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public AccountStatus status() {
        return status;
    }

    public boolean emailConfirmed() {
        return emailConfirmed;
    }

    public List<String> permissions() {
        return permissions.isEmpty() ? List.of() : Arrays.asList(permissions.split(","));
    }

    public UUID groupId() {
        return groupId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
