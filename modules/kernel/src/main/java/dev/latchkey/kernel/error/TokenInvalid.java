package dev.latchkey.kernel.error;

/** A malformed, forged or unknown access token, mfaToken or API key; {@code reason} says which way. */
public class TokenInvalid extends LatchkeyException {

    public TokenInvalid(String reason) {
        super(ErrorCode.TOKEN_INVALID, details("reason", reason));
    }
}
