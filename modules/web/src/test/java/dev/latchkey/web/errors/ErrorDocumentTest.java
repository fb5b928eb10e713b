package dev.latchkey.web.errors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.latchkey.kernel.error.DuplicateEntry;
import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.ValidationFailed;
import dev.latchkey.kernel.error.Violation;
import dev.latchkey.web.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorDocumentTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00.123Z"), ZoneOffset.UTC);

    static JsonNode json(ErrorDocument.Rendered rendered) throws Exception {
        return Json.MAPPER.readTree(rendered.body());
    }

    @Test
    void rendersTheEnvelopeWithDetailsRequestIdAndTimestamp() throws Exception {
        ErrorDocument.Rendered rendered = ErrorDocument.render(ApiError.from(new DuplicateEntry("email")), "req-1", "/api/accounts", "application/json", CLOCK);
        assertEquals(409, rendered.status());
        assertEquals("application/json", rendered.contentType());
        JsonNode body = json(rendered);
        assertEquals("error", body.get("status").asText());
        assertEquals("DUPLICATE_ENTRY", body.at("/error/code").asText());
        assertEquals("email", body.at("/error/details/field").asText());
        assertFalse(body.get("error").has("errors"), "errors only for validation");
        assertEquals("2026-01-01T00:00:00Z", body.get("timestamp").asText());
        assertEquals("req-1", body.get("request_id").asText());
    }

    @Test
    void rendersViolationsAsAListAndAFieldMap() throws Exception {
        ValidationFailed failed = new ValidationFailed(List.of(Violation.minLength("password", 12),
                new Violation("email", Violation.Type.EMAIL, "must be a valid email address")));
        JsonNode body = json(ErrorDocument.render(ApiError.from(failed), "r", "/", null, CLOCK));
        assertEquals(2, body.at("/error/details").size());
        assertEquals("email", body.at("/error/details/0/field").asText(), "sorted by field");
        assertEquals("min_length", body.at("/error/details/1/type").asText());
        assertEquals(12, body.at("/error/details/1/min_length").asInt());
        assertEquals("must be at least 12 characters", body.at("/error/errors/password/0").asText());
    }

    @Test
    void rendersProblemDetailsWhenAsked() throws Exception {
        ErrorDocument.Rendered rendered = ErrorDocument.render(ApiError.from(new DuplicateEntry("username")), "req-2",
                "/api/accounts", "application/problem+json", CLOCK);
        assertEquals("application/problem+json", rendered.contentType());
        JsonNode body = json(rendered);
        assertEquals("/docs/errors#DUPLICATE_ENTRY", body.get("type").asText());
        assertEquals(ErrorCode.DUPLICATE_ENTRY.message(), body.get("title").asText());
        assertEquals(409, body.get("status").asInt());
        assertEquals("A resource with this username already exists", body.get("detail").asText());
        assertEquals("/api/accounts", body.get("instance").asText());
        assertEquals("DUPLICATE_ENTRY", body.get("code").asText());
        assertEquals("req-2", body.get("request_id").asText());
        assertEquals("username", body.at("/details/field").asText());
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void retryAfterExactlyWhereTheContractWantsIt(ErrorCode code) {
        ErrorDocument.Rendered rendered = ErrorDocument.render(ApiError.of(code, Map.of()), "r", "/", null, CLOCK);
        assertEquals(code.carriesRetryAfter(), rendered.headers().containsKey("Retry-After"), code.name());
        assertEquals(code.status(), rendered.status());
    }

    @Test
    void retryAfterComesFromTheDetailsWhenTheyHaveIt() {
        ErrorDocument.Rendered rendered = ErrorDocument.render(ApiError.of(ErrorCode.SERVICE_UNAVAILABLE, Map.of("retry_after", 7L)),
                "r", "/", null, CLOCK);
        assertEquals("7", rendered.headers().get("Retry-After"));
    }

    @Test
    void detailsKeepTheCatalogueOrder() {
        ApiError error = ApiError.of(ErrorCode.CONCURRENCY_CONFLICT, Map.of("resource_id", "1", "resource_type", "account"));
        assertEquals(List.of("resource_type", "resource_id"), List.copyOf(error.orderedDetails().keySet()));
    }

    @Test
    void methodNotAllowedListsAndSetsAllow() {
        ApiError error = WebApplicationExceptionMapper.notAllowed("POST, OPTIONS");
        assertEquals(List.of("OPTIONS", "POST"), error.details().get("allowed"));
        assertEquals("OPTIONS, POST", error.headers().get("Allow"));
        assertTrue(WebApplicationExceptionMapper.notAllowed(null).headers().isEmpty());
    }
}
