package dev.latchkey.web.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.Violation;
import dev.latchkey.web.json.Json;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one writer of error bodies: the envelope of CONTRACT.md section 2, or RFC 9457 Problem
 * Details when the client asked for {@code application/problem+json}. Used by the JAX-RS
 * mappers and by the servlet error page alike.
 */
public final class ErrorDocument {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String JSON = "application/json";
    /** Seconds to wait, for 429 and 503 answers that name none themselves. */
    static final long DEFAULT_RETRY_AFTER = 30;

    private ErrorDocument() {
    }

    /** A rendered error: status, media type, body bytes and headers. */
    public record Rendered(int status, String contentType, byte[] body, Map<String, String> headers) {
    }

    public static boolean wantsProblem(String accept) {
        return accept != null && accept.toLowerCase().contains(PROBLEM_JSON);
    }

    public static Rendered render(ApiError error, String requestId, String instance, String accept, Clock clock) {
        boolean problem = wantsProblem(accept);
        Map<String, Object> body = problem ? problem(error, requestId, instance) : envelope(error, requestId, clock);
        Map<String, String> headers = new LinkedHashMap<>(error.headers());
        if (error.code().status() == 401) {
            headers.putIfAbsent("WWW-Authenticate", "Bearer");
        }
        if (error.code().carriesRetryAfter()) {
            Object retryAfter = error.details().getOrDefault("retry_after", DEFAULT_RETRY_AFTER);
            headers.putIfAbsent("Retry-After", String.valueOf(retryAfter));
        }
        try {
            byte[] bytes = Json.MAPPER.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
            return new Rendered(error.code().status(), problem ? PROBLEM_JSON : JSON, bytes, headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("error body not serialisable", e);
        }
    }

    private static Map<String, Object> envelope(ApiError error, String requestId, Clock clock) {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("code", error.code().name());
        inner.put("message", error.message());
        putDetails(inner, error);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "error");
        body.put("error", inner);
        body.put("timestamp", clock.instant().truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("request_id", requestId);
        return body;
    }

    private static Map<String, Object> problem(ApiError error, String requestId, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", ErrorReference.typeUri(error.code()));
        body.put("title", error.code().message());
        body.put("status", error.code().status());
        body.put("detail", error.message());
        body.put("instance", instance);
        body.put("code", error.code().name());
        body.put("request_id", requestId);
        putDetails(body, error);
        return body;
    }

    private static void putDetails(Map<String, Object> target, ApiError error) {
        if (error.code() != ErrorCode.VALIDATION_ERROR) {
            target.put("details", error.orderedDetails());
            return;
        }
        List<Map<String, Object>> details = new ArrayList<>();
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (Violation violation : error.violations()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("field", violation.field());
            entry.put("type", violation.type().wireName());
            entry.put("issue", violation.issue());
            entry.putAll(violation.limits());
            details.add(entry);
            errors.computeIfAbsent(violation.field(), f -> new ArrayList<>()).add(violation.issue());
        }
        target.put("details", details);
        target.put("errors", errors);
    }
}
