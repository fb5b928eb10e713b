package dev.latchkey.sessions.twofactor.boundary;

import java.util.List;

/** An account's second factors: which are on, how many backup codes are left, the SMS number masked. */
public record TwoFactorOverview(List<String> methods, long backupCodesLeft, String phoneNumber) {
}
