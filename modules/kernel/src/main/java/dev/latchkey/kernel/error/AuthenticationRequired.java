package dev.latchkey.kernel.error;

/** No credentials on a protected route; {@code required} says what to send. */
public class AuthenticationRequired extends LatchkeyException {

    public AuthenticationRequired(String required) {
        super(ErrorCode.AUTHENTICATION_REQUIRED, details("required", required));
    }
}
