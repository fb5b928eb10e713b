package dev.latchkey.kernel.error;

import jakarta.ejb.ApplicationException;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The base of every error the service answers with on purpose. It names a catalogue code
 * and carries the code's {@code details}; the web module renders it. Marked as an
 * application exception so an EJB container neither wraps it nor commits.
 */
@ApplicationException(rollback = true)
public class LatchkeyException extends RuntimeException {

    private final ErrorCode code;
    private final transient Map<String, Object> details;

    public LatchkeyException(ErrorCode code) {
        this(code, code.message(), Map.of());
    }

    public LatchkeyException(ErrorCode code, Map<String, ?> details) {
        this(code, code.message(), details);
    }

    public LatchkeyException(ErrorCode code, String message, Map<String, ?> details) {
        super(message, null, false, false);
        this.code = code;
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** When the client may try again, for codes that say so (Retry-After); empty by default. */
    public java.util.Optional<java.time.Duration> retryAfter() {
        return java.util.Optional.empty();
    }

    public ErrorCode code() {
        return code;
    }

    /** The {@code details} object, keys in snake_case, in the catalogue's order. */
    public Map<String, Object> details() {
        return details;
    }

    /**
     * Builds an ordered details map from alternating keys and values. A null value stays as a
     * JSON null: every key the catalogue names for the code is always there.
     */
    protected static Map<String, Object> details(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
