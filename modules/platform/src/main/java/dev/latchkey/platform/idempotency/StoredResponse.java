package dev.latchkey.platform.idempotency;

/** What the first request with a key answered, replayed as it was. */
public record StoredResponse(int status, byte[] body, String contentType, String location) {
}
