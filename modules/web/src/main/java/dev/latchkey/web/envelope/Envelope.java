package dev.latchkey.web.envelope;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * The success envelope (CONTRACT.md section 2): {@code status} is {@code success} for 200,
 * {@code created} for 201 and {@code accepted} for 202; lists add {@code meta}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Envelope(String status, Object data, Meta meta, Instant timestamp) {

    public record Meta(int page, int size, long total) {
    }

    public static Envelope success(Object data) {
        return new Envelope("success", data, null, Instant.now());
    }

    public static Envelope created(Object data) {
        return new Envelope("created", data, null, Instant.now());
    }

    public static Envelope accepted(Object data) {
        return new Envelope("accepted", data, null, Instant.now());
    }

    public static Envelope page(Object items, int page, int size, long total) {
        return new Envelope("success", items, new Meta(page, size, total), Instant.now());
    }
}
