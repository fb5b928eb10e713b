package dev.latchkey.kernel.json;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider, found once. {@code jakarta.json.Json.create…} looks the provider up with a
 * {@code ServiceLoader} on every call, a scan of the class path's jars per call (4–6 % of a sign-in's
 * samples in bench/profile.sh login before this).
 */
public final class Jsonp {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsonp() {
    }
}
