package dev.latchkey.web.twofactor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The bodies of the two-factor routes. */
final class TwoFactorRequests {

    private TwoFactorRequests() {
    }

    @Schema(name = "CodeRequest")
    public record Code(@Schema(required = true, description = "6-digit code of the factor (TOTP, e-mail or SMS) or a backup code") String code) {
    }

    @Schema(name = "MfaVerifyRequest")
    public record Verify(@Schema(required = true) String mfaToken, @Schema(required = true) String code,
                         @Schema(description = "totp, email, sms or backup_code: only that factor is tried; without it, any that is on",
                                 enumeration = {"totp", "email", "sms", "backup_code"}) String method) {
    }

    @Schema(name = "SendCodeRequest")
    public record SendCode(@Schema(required = true) String mfaToken,
                           @Schema(required = true, enumeration = {"email", "sms"}) String method) {
    }

    @Schema(name = "SmsSetupRequest")
    public record SmsSetup(@Schema(required = true, description = "E.164, e.g. +14155550123") String phoneNumber) {
    }

    /** Ten single-use backup codes, shown this once. */
    public record BackupCodes(List<String> backupCodes) {
    }

    /** A code factor turned on: its backup codes when it was the account's first factor (shown this once), else null. */
    public record FactorEnabled(String method, List<String> backupCodes) {
    }
}
