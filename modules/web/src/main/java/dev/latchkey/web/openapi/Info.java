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
                        * **Limits.** Every route but the health checks counts against rate limits (`rate-limit.<name>.limit` \
                        per `.window`; each operation names its own): every authenticated call against `api` per API key or \
                        account; registration, confirmation, sign-in and password reset against `auth` per client address, \
                        sign-in and reset requests also per login (however spelled, existing or not); `2fa/verify` per address; \
                        other anonymous calls against `global` per address. The client address is the peer, or the right-most \
                        `X-Forwarded-For` hop not in `HTTP_TRUSTED_PROXIES`; IPv6 counts per /64. Answers carry \
                        `X-RateLimit-Limit/Remaining/Reset` of the limit with the fewest calls left; over it: 429 with \
                        `Retry-After`, never remembered under an Idempotency-Key. Limits guarding secrets are exact across nodes; \
                        `api`, `refresh` and `global` are counted in batches per node (at most `rate-limit.batch`, 64, and a sixteenth of what is \
                        left): all nodes together never let more than the limit through, another node may hold back up to one \
                        unspent batch, and `Remaining` counts that batch as spent. 429 and 503 carry `Retry-After`.
                        * **Requests ids.** Every answer carries `X-Request-Id` (yours if it matches `[A-Za-z0-9._-]{1,128}`).
                        """)
                .license(OASFactory.createObject(License.class).name("Proprietary"))
                .contact(OASFactory.createObject(Contact.class).name("Latchkey"));
    }

    static List<Tag> tags() {
        return List.of(
                tag("Accounts", "Registration, email confirmation and reading an account"),
                tag("Sign-in", "Signing in and out, refreshing tokens, the signed-in account, password reset"),
                tag("Two-factor authentication", "TOTP, e-mail and SMS codes, backup codes, and the second step of a sign-in"),
                tag("Devices", "Device registration under a quota, and proof of possession with EC P-256 signatures"),
                tag("Sessions", "The signed-in person's sessions"),
                tag("API keys", "Keys for machines, acting for their account with the scopes they were given"),
                tag("Administration", "Accounts' life cycle, permissions, groups and maintenance mode (permission admin)"),
                tag("Webhooks", "Signed events for other systems (administrators' subscriptions), and the SMS gateway's delivery reports"),
                tag("Operations", "Health"));
    }

    private static Tag tag(String name, String description) {
        return OASFactory.createObject(Tag.class).name(name).description(description);
    }
}
