package dev.latchkey.accounts.administration.control;

import dev.latchkey.accounts.core.entity.AccountStatus;
import dev.latchkey.kernel.error.ValidationFailed;
import dev.latchkey.kernel.error.Violation;

import java.util.Map;

/** What administration refuses (CONTRACT.md section 3 has no code of its own for these; see the OpenAPI description). */
public final class AdministrationErrors {

    private AdministrationErrors() {
    }

    /** The account's status does not allow the transition: 422 on {@code status}, naming the status it has and the one needed. */
    public static class TransitionNotAllowed extends ValidationFailed {
        public TransitionNotAllowed(String action, AccountStatus current, AccountStatus needed) {
            super(new Violation("status", Violation.Type.FORMAT,
                    "is " + current + "; " + action + " needs " + needed, Map.of("current", current.name(), "required", needed.name())));
        }
    }

    /** The last administrator cannot give up admin: 422 on {@code permissions}. */
    public static class LastAdministrator extends ValidationFailed {
        public LastAdministrator() {
            super(new Violation("permissions", Violation.Type.FORMAT, "must keep admin: this is the last administrator"));
        }
    }
}
