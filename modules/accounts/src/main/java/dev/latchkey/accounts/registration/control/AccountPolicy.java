package dev.latchkey.accounts.registration.control;

import dev.latchkey.accounts.registration.entity.AccountStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The accounts policies of CONTRACT.md section 5, read in this one place. */
@ApplicationScoped
public class AccountPolicy {

    @Inject
    @ConfigProperty(name = "accounts.approval-required", defaultValue = "false")
    boolean approvalRequired;

    public AccountStatus initialStatus() {
        return approvalRequired ? AccountStatus.PENDING : AccountStatus.ACTIVE;
    }
}
