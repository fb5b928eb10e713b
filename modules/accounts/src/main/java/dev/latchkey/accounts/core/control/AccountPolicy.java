package dev.latchkey.accounts.core.control;

import dev.latchkey.accounts.core.entity.AccountStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** The accounts policies of CONTRACT.md section 5, read in this one place. */
@ApplicationScoped
public class AccountPolicy {

    @Inject
    @ConfigProperty(name = "accounts.approval-required", defaultValue = "false")
    boolean approvalRequired;
    @Inject
    @ConfigProperty(name = "accounts.email-confirmation-required", defaultValue = "true")
    boolean emailConfirmationRequired;
    @Inject
    @ConfigProperty(name = "accounts.group-required", defaultValue = "false")
    boolean groupRequired;
    @Inject
    @ConfigProperty(name = "accounts.lockout-after", defaultValue = "3")
    int lockoutAfter;
    @Inject
    @ConfigProperty(name = "accounts.lockout-duration", defaultValue = "PT15M")
    Duration lockoutDuration;
    @Inject
    @ConfigProperty(name = "accounts.confirmation-token-ttl", defaultValue = "PT24H")
    Duration confirmationTokenTtl;
    @Inject
    @ConfigProperty(name = "accounts.reset-token-ttl", defaultValue = "PT1H")
    Duration resetTokenTtl;
    @Inject
    @ConfigProperty(name = "accounts.confirmation-link", defaultValue = "http://localhost:8080/confirm")
    String confirmationLink;
    @Inject
    @ConfigProperty(name = "accounts.reset-link", defaultValue = "http://localhost:8080/reset-password")
    String resetLink;

    public AccountStatus initialStatus() {
        return approvalRequired ? AccountStatus.PENDING : AccountStatus.ACTIVE;
    }

    public boolean emailConfirmationRequired() {
        return emailConfirmationRequired;
    }

    public boolean groupRequired() {
        return groupRequired;
    }

    public int lockoutAfter() {
        return Math.max(1, lockoutAfter);
    }

    public Duration lockoutDuration() {
        return lockoutDuration;
    }

    public Duration confirmationTokenTtl() {
        return confirmationTokenTtl;
    }

    public Duration resetTokenTtl() {
        return resetTokenTtl;
    }

    public String confirmationLink(String token) {
        return confirmationLink + (confirmationLink.contains("?") ? "&" : "?") + "token=" + token;
    }

    public String resetLink(String token) {
        return resetLink + (resetLink.contains("?") ? "&" : "?") + "token=" + token;
    }
}
