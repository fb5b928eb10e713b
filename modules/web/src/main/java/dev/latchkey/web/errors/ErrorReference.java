package dev.latchkey.web.errors;

import dev.latchkey.kernel.error.ErrorCode;

import java.util.stream.Collectors;

/**
 * The error reference for users, generated from the catalogue: code, status, when it is
 * used, and the keys of its details. Published in the OpenAPI document, at
 * {@code /docs/errors}, and as {@code docs/errors.md} in the repository.
 */
public final class ErrorReference {

    private ErrorReference() {
    }

    /** The RFC 9457 {@code type} of a code: its entry in the served reference. */
    public static String typeUri(ErrorCode code) {
        return "/docs/errors#" + code.name();
    }

    public static String markdown() {
        String rows = java.util.Arrays.stream(ErrorCode.values())
                .map(c -> "| `" + c.name() + "` | " + c.status() + " | " + c.message() + " | " + c.when() + " | " + keys(c) + " |")
                .collect(Collectors.joining("\n"));
        return """
                # Latchkey error reference

                Generated from the service's error catalogue (`ErrorCode`); do not edit by hand.
                Every error answers with the envelope `{"status":"error","error":{"code","message","details"},"timestamp","request_id"}`,
                or with RFC 9457 Problem Details when the request says `Accept: application/problem+json`.
                `details` is an object with the keys below; for `VALIDATION_ERROR` it is a list of
                `{field, type, issue}` and `errors` maps each field to its messages.
                Every 429 and 503 carries `Retry-After` (except `DEVICE_QUOTA_EXCEEDED` and `SESSION_CONCURRENT_LIMIT`).

                | code | HTTP | default message | when | details keys |
                |---|---|---|---|---|
                """ + rows + "\n";
    }

    static String keys(ErrorCode code) {
        if (code == ErrorCode.VALIDATION_ERROR) {
            return "list of `{field, type, issue}`; types: required, email, min_length, max_length, pattern, range, unique, format";
        }
        return code.detailKeys().isEmpty() ? "" : code.detailKeys().stream().map(k -> "`" + k + "`").collect(Collectors.joining(", "));
    }

    public static String html() {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Latchkey error reference</title><style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:72rem}"
                + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}"
                + "code{font-size:.95em}</style></head><body><h1>Latchkey error reference</h1>"
                + "<p>Generated from the service's error catalogue. See also the <a href=\"/docs/\">API explorer</a>.</p>"
                + "<table><tr><th>code</th><th>HTTP</th><th>default message</th><th>when</th><th>details keys</th></tr>");
        for (ErrorCode code : ErrorCode.values()) {
            html.append("<tr id=\"").append(code.name()).append("\"><td><code>").append(code.name()).append("</code></td><td>")
                    .append(code.status()).append("</td><td>").append(escape(code.message())).append("</td><td>")
                    .append(escape(code.when())).append("</td><td>").append(escape(keys(code).replace("`", ""))).append("</td></tr>");
        }
        return html.append("</table></body></html>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
