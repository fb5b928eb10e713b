package dev.latchkey.accounts.tokens.control;

import dev.latchkey.accounts.tokens.entity.AccountToken;
import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.LatchkeyException;

/** A mailed token that cannot be redeemed: INVALID_/…_EXPIRED for confirmation or reset (CONTRACT.md section 3). */
public final class MailedTokenErrors {

    private MailedTokenErrors() {
    }

    /** Unknown, used, or issued for the other purpose. */
    public static class Unknown extends LatchkeyException {
        public Unknown(AccountToken.Purpose purpose) {
            super(purpose == AccountToken.Purpose.CONFIRM_EMAIL ? ErrorCode.INVALID_CONFIRMATION_TOKEN : ErrorCode.INVALID_RESET_TOKEN);
        }
    }

    public static class Expired extends LatchkeyException {
        public Expired(AccountToken.Purpose purpose) {
            super(purpose == AccountToken.Purpose.CONFIRM_EMAIL ? ErrorCode.CONFIRMATION_TOKEN_EXPIRED : ErrorCode.RESET_TOKEN_EXPIRED);
        }
    }
}
