package dev.latchkey.sessions.twofactor.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An account's factor that sends codes, by e-mail or SMS: whether it is on (and to which number),
 * the one code sent last (hashed with its own salt, what it is for, until when), and what the SMS
 * gateway last reported about it. A new code replaces the last; a code works once.
 */
@Entity
@Table(name = "code_factor")
@IdClass(CodeFactor.Key.class)
public class CodeFactor {

    public static final String EMAIL = "email";
    public static final String SMS = "sms";

    /** What a code may be used for: turning the factor on, one sign-in (bound to its challenge), or confirming a change. */
    public enum Purpose { SETUP, SIGN_IN, CONFIRM }

    @Id
    @Column(name = "account_id")
    private UUID accountId;
    @Id
    private String method;
    private boolean enabled;
    private String phone;
    @Column(name = "pending_phone")
    private String pendingPhone;
    @Column(name = "code_hash")
    private String codeHash;
    @Column(name = "code_salt")
    private String codeSalt;
    @Column(name = "code_purpose")
    private String codePurpose;
    @Column(name = "code_challenge")
    private String codeChallenge;
    @Column(name = "code_expires_at")
    private Instant codeExpiresAt;
    @Column(name = "message_id")
    private String messageId;
    @Column(name = "delivery_status")
    private String deliveryStatus;
    @Column(name = "delivery_reported_at")
    private Instant deliveryReportedAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    /** The composite key: account and method. */
    public static class Key implements Serializable {
        private UUID accountId;
        private String method;

        public Key() {
        }

        public Key(UUID accountId, String method) {
            this.accountId = accountId;
            this.method = method;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(accountId, k.accountId) && Objects.equals(method, k.method);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountId, method);
        }
    }

    protected CodeFactor() {
    }

    public CodeFactor(UUID accountId, String method, Instant now) {
        this.accountId = accountId;
        this.method = method;
        this.updatedAt = now;
    }

    /** Keeps a newly sent code (hash and salt), replacing the last one. */
    public void codeSent(String hash, String salt, Purpose purpose, String challenge, Instant expiresAt, String sentMessageId, Instant now) {
        codeHash = hash;
        codeSalt = salt;
        codePurpose = purpose.name();
        codeChallenge = challenge;
        codeExpiresAt = expiresAt;
        messageId = sentMessageId;
        deliveryStatus = null;
        deliveryReportedAt = null;
        updatedAt = now;
    }

    /** Setting up SMS for a number: it is kept aside until a code sent to it comes back. */
    public void setUpFor(String pendingNumber) {
        pendingPhone = pendingNumber;
    }

    /** Whether {@code hash} is the live code for this purpose (and challenge); compared in constant time. */
    public boolean accepts(String hash, java.util.Set<Purpose> purposes, String challenge, Instant now) {
        if (codeHash == null || codeExpiresAt == null || !now.isBefore(codeExpiresAt) || !purposes.contains(Purpose.valueOf(codePurpose))) {
            return false;
        }
        if (Purpose.SIGN_IN.name().equals(codePurpose) && !Objects.equals(codeChallenge, challenge)) {
            return false;
        }
        return MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII));
    }

    /** A code that matched is spent: it never works again. */
    public void codeUsed(Instant now) {
        codeHash = null;
        codeChallenge = null;
        codeExpiresAt = null;
        updatedAt = now;
    }

    public void enable(Instant now) {
        enabled = true;
        if (pendingPhone != null) {
            phone = pendingPhone;
            pendingPhone = null;
        }
        updatedAt = now;
    }

    public void disable(Instant now) {
        enabled = false;
        phone = null;
        pendingPhone = null;
        codeUsed(now);
    }

    /** What the gateway reported about the text it was given as {@code messageId}. */
    public void deliveryReported(String status, Instant now) {
        deliveryStatus = status;
        deliveryReportedAt = now;
        updatedAt = now;
    }

    public UUID accountId() {
        return accountId;
    }

    public String method() {
        return method;
    }

    public boolean enabled() {
        return enabled;
    }

    /** The number being set up, until a code sent to it comes back. */
    public Optional<String> pendingPhone() {
        return Optional.ofNullable(pendingPhone);
    }

    /** The number sign-in codes go to, while SMS is on. */
    public Optional<String> enabledPhone() {
        return Optional.ofNullable(phone);
    }

    public boolean settingUp() {
        return codeHash != null && Purpose.SETUP.name().equals(codePurpose);
    }

    public String codeSalt() {
        return codeSalt;
    }

    public Optional<String> deliveryStatus() {
        return Optional.ofNullable(deliveryStatus);
    }

    public Optional<Instant> deliveryReportedAt() {
        return Optional.ofNullable(deliveryReportedAt);
    }
}
