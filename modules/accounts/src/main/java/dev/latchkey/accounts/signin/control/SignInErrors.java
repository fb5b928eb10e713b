package dev.latchkey.accounts.signin.control;

import dev.latchkey.accounts.core.entity.AccountStatus;
import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.LatchkeyException;


/** The sign-in errors with their details (CONTRACT.md section 3). */
public final class SignInErrors {

    private SignInErrors() {
    }

    /** Right password, but the account may not sign in in its state (PENDING, DECLINED, DEACTIVATED). */
    public static class AccountNotActive extends LatchkeyException {
        public AccountNotActive(AccountStatus status) {
            super(switch (status) {
                case PENDING -> ErrorCode.ACCOUNT_PENDING;
                case DECLINED -> ErrorCode.ACCOUNT_DECLINED;
                default -> ErrorCode.ACCOUNT_DEACTIVATED;
            }, details("account_status", status.name()));
        }
    }

    public static class EmailNotConfirmed extends LatchkeyException {
        public EmailNotConfirmed() {
            super(ErrorCode.EMAIL_NOT_CONFIRMED, details("action", "confirm the email address with the link sent at registration"));
        }
    }

    /** Group membership is required and the account's group was deleted. */
    public static class GroupDeleted extends LatchkeyException {
        public GroupDeleted(java.util.UUID groupId) {
            super(ErrorCode.GROUP_DELETED, details("group_id", groupId.toString()));
        }
    }

    /** Group membership is required and the account has none. */
    public static class NoGroup extends LatchkeyException {
        public NoGroup() {
            super(ErrorCode.NO_GROUP, details("group_id", null));
        }
    }
}
