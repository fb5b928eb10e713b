package dev.latchkey.sessions.tokens.boundary;

import dev.latchkey.platform.webhooks.WebhookEvents;
import dev.latchkey.kernel.events.DeviceRevoked;
import dev.latchkey.kernel.events.SessionsToEnd;
import dev.latchkey.kernel.secrets.Secrets;
import dev.latchkey.platform.persistence.ConflictRetry;
import dev.latchkey.platform.ratelimit.RateLimitPolicy;
import dev.latchkey.platform.ratelimit.BatchedRateLimits;
import dev.latchkey.sessions.tokens.control.AccessTokens;
import dev.latchkey.sessions.tokens.control.OpenSessions;
import dev.latchkey.sessions.tokens.control.PresentedToken;
import dev.latchkey.sessions.tokens.control.SessionErrors;
import dev.latchkey.sessions.tokens.control.SessionPolicy;
import dev.latchkey.sessions.tokens.control.SessionStore;
import dev.latchkey.sessions.tokens.entity.RefreshToken;
import dev.latchkey.sessions.tokens.entity.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The sessions module's face: opening a session with its token pair, recognising the caller of
 * an access token, refreshing, listing and ending sessions. An access token stops working the
 * moment its session ends, because every check reads the session (one primary-key read).
 */
@ApplicationScoped
@Transactional
public class Sessions {

    @Inject
    WebhookEvents events;
    @Inject
    BatchedRateLimits refreshLimit;
    @Inject
    OpenSessions openSessions;
    @Inject
    SessionStore store;
    @Inject
    AccessTokens accessTokens;
    @Inject
    SessionPolicy policy;
    @Inject
    Clock clock;
    @Inject
    ConflictRetry conflicts;
    @Inject
    Sessions self;

    /**
     * Opens a session for an account that has just proved who it is, within
     * {@code sessions.max-concurrent}, held by the account's quota row ({@code QuotaRows}): of two
     * sign-ins that counted the same sessions only one commits; the other is retried on a fresh
     * count (each try its own transaction), and after the retries CONCURRENCY_CONFLICT. No lock is
     * held while a password is hashed: that happened before. With a device (whose proof was just
     * checked) the session is bound to it, and its refreshes must name that device.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public TokenPair open(UUID accountId, Optional<UUID> device) {
        return conflicts.untilCommitted(() -> self.openOnce(accountId, device));
    }

    /** One try of {@link #open}, in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public TokenPair openOnce(UUID accountId, Optional<UUID> device) {
        Instant now = clock.instant();
        var quota = store.quotaOf(accountId);
        SessionStore.OpenCount open = store.countOpen(accountId, now);
        if (open.count() >= policy.maxConcurrent()) {
            throw new SessionErrors.ConcurrentLimit(open.count(), policy.maxConcurrent(), open.oldestStarted());
        }
        quota.opened();
        Session session = new Session(accountId, device.orElse(null), now, now.plus(policy.maxAge()));
        store.add(session);
        TokenPair tokens = issue(session, now);
        store.flush();
        events.publish(WebhookEvents.SESSION_CREATED, "accountId", accountId, "sessionId", session.id(),
                "deviceId", device.orElse(null));
        return tokens;
    }

    /**
     * Rotates a refresh token: the presented one is retired and a new pair issued. A retired
     * token presented again is reuse (a stolen copy): the whole session ends. Two refreshes of
     * one token at the same moment are serialised by a row lock; the second is refused without
     * ending the session when it comes within {@code sessions.refresh-reuse-grace} (PT2S; PT0S
     * makes every second presentation end the session).
     */
    @Transactional(dontRollbackOn = SessionErrors.RefreshTokenRevoked.class)
    public TokenPair refresh(String refreshToken, Optional<UUID> claimedDevice) {
        PresentedToken locked = store.lockPresented(refreshToken).orElseThrow(SessionErrors.InvalidRefreshToken::new);
        RefreshToken presented = locked.token();
        Session session = locked.session();
        Instant now = clock.instant();
        refreshLimit.hit(RateLimitPolicy.REFRESH, session.accountId().toString()).requireAllowed();
        if (session.isEnded()) {
            throw new SessionErrors.RefreshTokenRevoked(session.id());
        }
        if (presented.isRetired()) {
            if (!presented.retiredWithin(policy.refreshReuseGrace(), now)) {
                session.end("refresh_token_reuse", now);
                openSessions.ended(session.id());
                publishEnded(session.accountId(), session.id(), "refresh_token_reuse");
            }
            throw new SessionErrors.RefreshTokenRevoked(session.id());
        }
        if (session.isExpired(now)) {
            throw new SessionErrors.RefreshTokenExpired(session.expiresAt());
        }
        if (session.deviceId().isPresent() && !claimedDevice.equals(session.deviceId())) {
            throw new DeviceMismatch(claimedDevice);
        }
        String next = Secrets.randomToken();
        store.rotate(locked, next, now);
        return pair(session, next, now);
    }

    /** The account's open sessions, newest first, the caller's own marked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionPage list(UUID accountId, Optional<UUID> currentSession, int page, int size) {
        List<Session> open = store.open(accountId, clock.instant());
        List<SessionView> items = open.stream()
                .sorted(Comparator.comparing(Session::createdAt).reversed())
                .skip((long) (page - 1) * size).limit(size)
                .map(s -> new SessionView(s.id(), s.createdAt(), s.expiresAt(), s.lastUsedAt(), currentSession.filter(s.id()::equals).isPresent()))
                .toList();
        return new SessionPage(items, page, size, open.size());
    }

    /** Ends one of the account's open sessions; another account's, or an ended one, is SESSION_NOT_FOUND. */
    public void end(UUID accountId, UUID sessionId) {
        Session session = store.find(sessionId)
                .filter(s -> s.accountId().equals(accountId) && !s.isEnded() && !s.isExpired(clock.instant()))
                .orElseThrow(() -> new SessionErrors.SessionNotFound(sessionId));
        session.end("ended_by_owner", clock.instant());
        openSessions.ended(session.id());
        publishEnded(accountId, sessionId, "ended_by_owner");
    }

    /**
     * The session of an access token that is still open: who is calling. An open session this node
     * has seen is trusted from memory until it ends ({@link OpenSessions}); anything else is read.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionCaller authenticate(String accessToken) {
        AccessTokens.Claims claims = accessTokens.verify(accessToken);
        Instant now = clock.instant();
        Optional<OpenSessions.Entry> known = openSessions.cached(claims.sessionId())
                .filter(entry -> entry.accountId().equals(claims.accountId()) && entry.expiresAt().isAfter(now));
        if (known.isPresent()) {
            return new SessionCaller(known.get().accountId(), known.get().sessionId());
        }
        Session session = openSessions.load(claims.sessionId(), now, () -> store.find(claims.sessionId()))
                .filter(s -> s.accountId().equals(claims.accountId()))
                .orElseThrow(() -> new SessionErrors.SessionInvalid(claims.sessionId(), "unknown_session"));
        if (session.isEnded()) {
            throw new SessionErrors.SessionInvalid(session.id(), "session_ended");
        }
        if (session.isExpired(now)) {
            throw new SessionErrors.SessionExpired(session.id(), session.expiresAt(), policy.maxAge());
        }
        return new SessionCaller(session.accountId(), session.id());
    }

    /** Ends one session (logout); its tokens stop working at once. */
    public void logout(UUID sessionId, String reason) {
        store.find(sessionId).ifPresent(session -> {
            session.end(reason, clock.instant());
            openSessions.ended(sessionId);
            publishEnded(session.accountId(), sessionId, reason);
        });
    }

    /** Ends an account's sessions, but the one to keep, in the transaction of the change that asks for it. */
    void onSessionsToEnd(@Observes SessionsToEnd request) {
        store.endAll(request.accountId(), request.keep(), request.reason(), clock.instant())
                .forEach(id -> publishEnded(request.accountId(), id, request.reason()));
        openSessions.accountEnded(request.accountId());
    }

    /** Ends the sessions bound to a device that has just been revoked, in the same transaction. */
    void onDeviceRevoked(@Observes DeviceRevoked revoked) {
        store.endBoundTo(revoked.deviceId(), clock.instant())
                .forEach(id -> publishEnded(revoked.accountId(), id, "device_revoked"));
        openSessions.deviceEnded(revoked.deviceId());
    }

    private void publishEnded(UUID accountId, UUID sessionId, String reason) {
        events.publish(WebhookEvents.SESSION_ENDED, "accountId", accountId, "sessionId", sessionId, "reason", reason);
    }

    private TokenPair issue(Session session, Instant now) {
        String refreshToken = Secrets.randomToken();
        store.addRefreshToken(refreshToken, session.id(), now);
        return pair(session, refreshToken, now);
    }

    private TokenPair pair(Session session, String refreshToken, Instant now) {
        return new TokenPair(accessTokens.issue(session.accountId(), session.id(), now), refreshToken, "Bearer",
                policy.accessTtl().toSeconds(), session.id(), session.expiresAt());
    }
}
