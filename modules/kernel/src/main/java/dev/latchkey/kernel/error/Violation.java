package dev.latchkey.kernel.error;

import java.util.Map;

/**
 * One broken field rule of a VALIDATION_ERROR. {@code type} is one of the contract's
 * violation types; {@code limits} adds the rule's parameters, e.g. {@code min_length: 12}.
 */
public record Violation(String field, Type type, String issue, Map<String, Object> limits) {

    public enum Type {
        REQUIRED, EMAIL, MIN_LENGTH, MAX_LENGTH, PATTERN, RANGE, UNIQUE, FORMAT;

        public String wireName() {
            return name().toLowerCase();
        }
    }

    public Violation {
        limits = Map.copyOf(limits);
    }

    public Violation(String field, Type type, String issue) {
        this(field, type, issue, Map.of());
    }

    public static Violation required(String field) {
        return new Violation(field, Type.REQUIRED, "is required");
    }

    public static Violation minLength(String field, int min) {
        return new Violation(field, Type.MIN_LENGTH, "must be at least " + min + " characters", Map.of("min_length", min));
    }

    public static Violation maxLength(String field, int max) {
        return new Violation(field, Type.MAX_LENGTH, "must be at most " + max + " characters", Map.of("max_length", max));
    }
}
