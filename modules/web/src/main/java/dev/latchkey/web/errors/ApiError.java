package dev.latchkey.web.errors;

import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.LatchkeyException;
import dev.latchkey.kernel.error.ValidationFailed;
import dev.latchkey.kernel.error.Violation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error about to be answered: its code, message, details (an object, or for
 * VALIDATION_ERROR the list of violations) and any headers it needs (Allow, Retry-After...).
 */
public record ApiError(ErrorCode code, String message, Map<String, Object> details, List<Violation> violations,
                       Map<String, String> headers) {

    public ApiError {
        details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
        violations = violations.stream()
                .sorted(Comparator.comparing(Violation::field).thenComparing(v -> v.type().ordinal()))
                .toList();
        headers = Map.copyOf(headers);
    }

    public static ApiError of(ErrorCode code, Map<String, Object> details) {
        return new ApiError(code, code.message(), details, List.of(), Map.of());
    }

    public static ApiError of(ErrorCode code) {
        return of(code, Map.of());
    }

    public static ApiError from(LatchkeyException e) {
        List<Violation> violations = e instanceof ValidationFailed failed ? failed.violations() : List.of();
        Map<String, String> headers = e.retryAfter()
                .map(wait -> Map.of("Retry-After", String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000))))
                .orElse(Map.of());
        return new ApiError(e.code(), e.getMessage(), e.details(), violations, headers);
    }

    public static ApiError validation(List<Violation> violations) {
        return from(new ValidationFailed(violations));
    }

    public ApiError withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiError(code, message, details, violations, more);
    }

    /** The details in the catalogue's key order, then any others. */
    public Map<String, Object> orderedDetails() {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String key : code.detailKeys()) {
            if (details.containsKey(key)) {
                ordered.put(key, details.get(key));
            }
        }
        details.forEach(ordered::putIfAbsent);
        return ordered;
    }
}
