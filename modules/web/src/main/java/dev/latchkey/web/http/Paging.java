package dev.latchkey.web.http;

import dev.latchkey.kernel.error.InvalidRequest;
import dev.latchkey.kernel.error.ValidationFailed;
import dev.latchkey.kernel.error.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ?page=} (1 to 100 000) and {@code ?size=} (1–100, default 20): not a number is 400, out of
 * range 422. The page bound keeps the offset of every page within what the database takes.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 100_000;

    public static Paging of(String page, String size) {
        int p = number("page", page, 1);
        int s = number("size", size, DEFAULT_SIZE);
        List<Violation> violations = new ArrayList<>();
        if (p < 1 || p > MAX_PAGE) {
            violations.add(new Violation("page", Violation.Type.RANGE, "must be between 1 and " + MAX_PAGE, Map.of("min", 1, "max", MAX_PAGE)));
        }
        if (s < 1 || s > MAX_SIZE) {
            violations.add(new Violation("size", Violation.Type.RANGE, "must be between 1 and " + MAX_SIZE, Map.of("min", 1, "max", MAX_SIZE)));
        }
        if (!violations.isEmpty()) {
            throw new ValidationFailed(violations);
        }
        return new Paging(p, s);
    }

    private static int number(String name, String value, int fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidRequest(name, "must be a whole number");
        }
    }
}
