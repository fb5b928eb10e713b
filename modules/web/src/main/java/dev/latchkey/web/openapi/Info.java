package dev.latchkey.web.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.info.Contact;
import org.eclipse.microprofile.openapi.models.info.License;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import java.util.List;

/** The document's front page: what Latchkey is, its conventions in brief, and its tags. */
final class Info {

    static final String VERSION = "0.1.0";

    private Info() {
    }

    static org.eclipse.microprofile.openapi.models.info.Info info() {
        return OASFactory.createObject(org.eclipse.microprofile.openapi.models.info.Info.class)
                .title("Latchkey")
                .version(VERSION)
                .description("""
                        Identity service for accounts, devices and sessions.

                        * **Envelopes.** Successes answer `{status, data, timestamp}` (lists add `meta`); every error answers \
                        `{status: "error", error: {code, message, details}, timestamp, request_id}`, or RFC 9457 Problem Details \
                        on `Accept: application/problem+json`. The codes, their statuses and detail keys are listed at \
                        [/docs/errors](/docs/errors); each operation below names the codes it can answer with.
                        * **Authentication.** `Authorization: Bearer <accessToken>` from `POST /api/auth/login` (use the \
                        Authorize button). Access tokens live `tokens.access-ttl` (15 min); refresh with `POST /api/auth/refresh`.
                        * **Idempotency.** Every POST takes `Idempotency-Key`: a repeat with the same body within 24 h answers \
                        the first response again (a refresh is never replayed: a refresh token is spent once).
                        * **Conditional requests.** Single resources carry an `ETag`; `If-None-Match` gives 304, a stale \
                        `If-Match` 412.
                        * **Limits.** Rate-limited routes answer `X-RateLimit-Limit/Remaining/Reset`; 429 and 503 carry `Retry-After`.
                        * **Requests ids.** Every answer carries `X-Request-Id` (yours if it matches `[A-Za-z0-9._-]{1,128}`).
                        """)
                .license(OASFactory.createObject(License.class).name("Proprietary"))
                .contact(OASFactory.createObject(Contact.class).name("Latchkey"));
    }

    static List<Tag> tags() {
        return List.of(
                tag("Accounts", "Registration, email confirmation and reading an account"),
                tag("Sign-in", "Signing in and out, refreshing tokens, the signed-in account, password reset"),
                tag("Two-factor authentication", "TOTP and backup codes, and the second step of a sign-in"),
                tag("Devices", "Device registration under a quota, and proof of possession with EC P-256 signatures"),
                tag("Sessions", "The signed-in person's sessions"),
                tag("API keys", "Keys for machines, acting for their account with the scopes they were given"),
                tag("Administration", "Accounts' life cycle, permissions, groups and maintenance mode (permission admin)"),
                tag("Operations", "Health"));
    }

    private static Tag tag(String name, String description) {
        return OASFactory.createObject(Tag.class).name(name).description(description);
    }
}
