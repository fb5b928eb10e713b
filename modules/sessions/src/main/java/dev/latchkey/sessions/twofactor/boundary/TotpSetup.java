package dev.latchkey.sessions.twofactor.boundary;

/** What an authenticator app needs: the Base32 secret and the otpauth:// URI of a QR code. */
public record TotpSetup(String secret, String otpauthUri) {
}
