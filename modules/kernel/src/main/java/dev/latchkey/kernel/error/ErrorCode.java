package dev.latchkey.kernel.error;

import java.util.List;

/**
 * The one catalogue of error codes: CONTRACT.md section 3. Each code holds its HTTP status,
 * its default message, when it is used, and the keys its {@code details} carry.
 * {@code ErrorCatalogueContractTest} fails when this enum and the contract's table differ.
 */
public enum ErrorCode {
    INVALID_REQUEST(400, "The request could not be read",
            "body not JSON, wrong JSON type, unknown enum, bad path/query format (e.g. not a UUID), missing body",
            "field", "issue"),
    VALIDATION_ERROR(422, "Request validation failed",
            "well-formed input that breaks field rules; details is a list of field violations"),
    IDEMPOTENCY_KEY_REUSED(422, "This Idempotency-Key was already used with a different request body",
            "same Idempotency-Key, different body", "idempotency_key"),
    AUTHENTICATION_REQUIRED(401, "Authentication is required",
            "no credentials", "required"),
    TOKEN_INVALID(401, "The token is invalid",
            "malformed, forged or unknown token, mfaToken or API key", "reason"),
    TOKEN_EXPIRED(401, "The access token has expired",
            "access token past its expiry", "expired_at"),
    AUTH_INVALID_CREDENTIALS(401, "Invalid username or password",
            "wrong login or password (also a wrong currentPassword); identical for unknown accounts",
            "attempts_remaining", "lockout_after"),
    AUTH_ACCOUNT_LOCKED(423, "Account temporarily locked due to multiple failed attempts",
            "the failure that reaches lockout-after, and every login until unlock_time; Retry-After set",
            "lockout_reason", "lockout_duration", "unlock_time"),
    EMAIL_NOT_CONFIRMED(401, "The email address has not been confirmed yet",
            "right password, email not confirmed yet", "action"),
    ACCOUNT_PENDING(403, "The account is waiting for approval",
            "right password, account state forbids sign-in", "account_status"),
    ACCOUNT_DECLINED(403, "The account was declined",
            "right password, account state forbids sign-in", "account_status"),
    ACCOUNT_DEACTIVATED(403, "The account is deactivated",
            "right password, account state forbids sign-in", "account_status"),
    NO_GROUP(403, "The account belongs to no group",
            "group membership required and missing", "group_id"),
    GROUP_DELETED(403, "The account's group was deleted",
            "group deleted", "group_id"),
    INVALID_CONFIRMATION_TOKEN(401, "The confirmation token is invalid or was already used",
            "email confirmation token unknown, used"),
    CONFIRMATION_TOKEN_EXPIRED(401, "The confirmation token has expired",
            "email confirmation token too old"),
    INVALID_RESET_TOKEN(401, "The password reset token is invalid or was already used",
            "password reset token unknown, used"),
    RESET_TOKEN_EXPIRED(401, "The password reset token has expired",
            "password reset token too old"),
    INVALID_REFRESH_TOKEN(401, "The refresh token is invalid",
            "refresh token unknown or malformed"),
    REFRESH_TOKEN_EXPIRED(401, "The refresh token has expired",
            "refresh token too old", "expired_at"),
    REFRESH_TOKEN_REVOKED(401, "The refresh token was revoked",
            "refresh token revoked; a rotated-out token presented again revokes its whole session", "session_id"),
    INVALID_VERIFICATION_CODE(400, "The verification code is invalid",
            "wrong, expired or reused 2FA code", "attempts_remaining"),
    BACKUP_CODE_ALREADY_USED(400, "This backup code was already used",
            "a spent backup code"),
    MFA_SETUP_NOT_INITIATED(400, "Two-factor setup was not started",
            "verify-setup before setup"),
    NO_MFA_METHOD(400, "No two-factor method is enabled",
            "2FA action with no method enabled"),
    ACCESS_DENIED(403, "Insufficient permissions for this operation",
            "authenticated, lacks permission", "required_permission", "user_permissions", "resource"),
    INSUFFICIENT_SCOPE(403, "The API key lacks the required scope",
            "API key lacks the scope", "required_scope", "key_scopes"),
    AUTH_DEVICE_NOT_REGISTERED(401, "Device is not registered with this account",
            "device id unknown to this account", "device_id", "registration_required", "registration_url"),
    AUTH_SIGNATURE_INVALID(401, "Cryptographic signature verification failed",
            "device signature does not verify, or the nonce is unknown or already used",
            "signature_type", "verification_method", "failure_reason", "retryable"),
    AUTH_SIGNATURE_EXPIRED(401, "Cryptographic signature has expired",
            "signed timestamp older than the max age, or challenge expired",
            "signature_age", "max_age", "timestamp", "retryable"),
    DEVICE_REVOKED(403, "Device access has been revoked",
            "device revoked", "device_id", "revocation_date", "revocation_reason", "action"),
    DEVICE_MISMATCH(403, "This session is bound to another device",
            "device-bound session used from another device", "device_id"),
    DEVICE_NOT_FOUND(404, "Device not found",
            "no such device for this account (other accounts' devices included)", "device_id"),
    DEVICE_ALREADY_REGISTERED(409, "Device is already registered with this account",
            "same public key already registered to this account",
            "device_id", "registration_date", "last_used", "action"),
    DEVICE_INVALID_STATE(409, "The operation is not allowed in the device's state",
            "operation not allowed in the device's state (e.g. renaming a revoked device)", "device_id", "state"),
    DEVICE_QUOTA_EXCEEDED(429, "Maximum number of devices reached",
            "account at its device quota (no Retry-After)", "current_devices", "max_devices", "plan"),
    SESSION_NOT_FOUND(404, "Session not found",
            "no such session for this account", "session_id"),
    SESSION_EXPIRED(401, "Session has expired",
            "session past its max age", "session_id", "expired_at", "max_age", "action"),
    SESSION_INVALID(401, "Session is invalid or corrupted",
            "session revoked or corrupted", "session_id", "validation_failure", "action"),
    SESSION_CONCURRENT_LIMIT(429, "Maximum concurrent sessions reached",
            "account at its concurrent session limit (no Retry-After)",
            "current_sessions", "max_concurrent", "oldest_session", "action"),
    RESOURCE_NOT_FOUND(404, "The requested resource does not exist",
            "any other missing resource or unknown route", "resource_type", "resource_id"),
    METHOD_NOT_ALLOWED(405, "The method is not allowed for this resource",
            "wrong method; Allow set", "allowed"),
    NOT_ACCEPTABLE(406, "None of the acceptable media types can be produced",
            "content negotiation failure: Accept"),
    UNSUPPORTED_MEDIA_TYPE(415, "The request's media type is not supported",
            "content negotiation failure: Content-Type"),
    PAYLOAD_TOO_LARGE(413, "The request body is too large",
            "body over the limit (64 KiB by default)", "max_bytes"),
    PRECONDITION_FAILED(412, "The resource has changed since it was read",
            "stale If-Match", "current_etag"),
    DUPLICATE_ENTRY(409, "A resource with this value already exists",
            "unique value taken (email, username, group name, key name)", "field"),
    CONCURRENCY_CONFLICT(409, "The resource was changed by another request",
            "resource changed by another request and retries did not resolve it", "resource_type", "resource_id"),
    RATE_LIMIT_AUTH(429, "Too many authentication attempts",
            "auth endpoints rate limit", "limit", "window", "retry_after", "reset_time"),
    RATE_LIMIT_API(429, "API rate limit exceeded",
            "per-account API rate limit", "limit", "window", "retry_after", "reset_time"),
    RATE_LIMIT_DEVICE(429, "Too many device registration attempts",
            "device registration rate limit", "limit", "window", "retry_after", "reset_time"),
    RATE_LIMIT_EXCEEDED(429, "Too many requests, please try again later",
            "global rate limit", "limit", "window", "retry_after", "reset_time"),
    WEBHOOK_SIGNATURE_INVALID(400, "The webhook signature is missing, malformed or wrong",
            "inbound webhook with a missing, malformed or wrong X-Webhook-Signature, or a timestamp over 5 minutes old",
            "header"),
    INTERNAL_ERROR(500, "An unexpected error occurred",
            "anything unexpected", "error_id", "contact_support"),
    UPSTREAM_ERROR(502, "A dependency answered badly",
            "a dependency answered badly on a synchronous path", "upstream_service", "retry_after"),
    SERVICE_UNAVAILABLE(503, "Service temporarily unavailable",
            "database or another dependency down; circuit open", "retry_after"),
    SERVICE_OVERLOADED(503, "Too many concurrent requests, please try again shortly",
            "too many concurrent requests for a guarded operation", "retry_after"),
    SERVICE_MAINTENANCE(503, "Service is under maintenance",
            "maintenance mode on (reads may still work)", "maintenance_type", "estimated_end"),
    NETWORK_TIMEOUT(504, "A dependency timed out",
            "a dependency timed out", "timeout_duration", "retry_after");

    private final int status;
    private final String message;
    private final String when;
    private final List<String> detailKeys;

    ErrorCode(int status, String message, String when, String... detailKeys) {
        this.status = status;
        this.message = message;
        this.when = when;
        this.detailKeys = List.of(detailKeys);
    }

    public int status() {
        return status;
    }

    public String message() {
        return message;
    }

    public String when() {
        return when;
    }

    /** The keys of {@code details}; empty for codes without details and for VALIDATION_ERROR (a list). */
    public List<String> detailKeys() {
        return detailKeys;
    }

    /** 429 and 503 carry Retry-After, except the two quota codes (CONTRACT.md section 3). */
    public boolean carriesRetryAfter() {
        return (status == 429 || status == 503) && this != DEVICE_QUOTA_EXCEEDED && this != SESSION_CONCURRENT_LIMIT;
    }
}
