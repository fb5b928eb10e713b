package dev.latchkey.web.openapi;

import dev.latchkey.kernel.error.ErrorCode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An example answer for each catalogue code, with a plausible value for each of its detail keys. */
final class ErrorExamples {

    static final String TIMESTAMP = "2026-01-01T00:00:00Z";
    static final String REQUEST_ID = "req-7f3c2a1e";

    private ErrorExamples() {
    }

    static Map<String, Object> envelope(ErrorCode code) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code.name());
        error.put("message", code.message());
        error.put("details", details(code));
        if (code == ErrorCode.VALIDATION_ERROR) {
            error.put("errors", Map.of("email", List.of("must be a valid email address")));
        }
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("status", "error");
        envelope.put("error", error);
        envelope.put("timestamp", TIMESTAMP);
        envelope.put("request_id", REQUEST_ID);
        return envelope;
    }

    static Map<String, Object> problem(ErrorCode code) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "/docs/errors#" + code.name());
        problem.put("title", code.message());
        problem.put("status", code.status());
        problem.put("detail", code.message());
        problem.put("instance", "/api/...");
        problem.put("code", code.name());
        problem.put("request_id", REQUEST_ID);
        problem.put("details", details(code));
        return problem;
    }

    static Object details(ErrorCode code) {
        if (code == ErrorCode.VALIDATION_ERROR) {
            return List.of(Map.of("field", "email", "type", "email", "issue", "must be a valid email address"));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        code.detailKeys().forEach(key -> details.put(key, value(key)));
        return details;
    }

    private static Object value(String key) {
        if (key.endsWith("_time") || key.endsWith("_at") || key.endsWith("_date") || key.equals("timestamp")
                || key.equals("oldest_session") || key.equals("last_used") || key.equals("estimated_end")) {
            return TIMESTAMP;
        }
        if (key.equals("retryable") || key.equals("registration_required")) {
            return true;
        }
        if (key.startsWith("max_") || key.startsWith("current_") || key.endsWith("_duration") || key.endsWith("_remaining")
                || key.equals("limit") || key.equals("retry_after") || key.equals("lockout_after") || key.equals("signature_age")) {
            return 3;
        }
        if (key.equals("allowed") || key.equals("user_permissions") || key.equals("key_scopes")) {
            return List.of("read");
        }
        return switch (key) {
            case "field" -> "email";
            case "issue" -> "must be a string";
            case "window" -> "15 minutes";
            case "required" -> "Authorization: Bearer <access token>";
            case "reason" -> "malformed";
            case "action" -> "sign in again";
            default -> key.endsWith("_id") ? "3f2b8c9e-5d6a-4b1c-9e7f-0a1b2c3d4e5f" : key.replace('_', ' ');
        };
    }
}
