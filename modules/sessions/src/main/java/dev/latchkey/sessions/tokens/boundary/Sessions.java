package dev.latchkey.sessions.tokens.boundary;

import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.LatchkeyException;
import dev.latchkey.kernel.events.DeviceRevoked;
import dev.latchkey.kernel.events.SessionsToEnd;
import dev.latchkey.kernel.secrets.Secrets;
import dev.latchkey.sessions.tokens.control.AccessTokens;
import dev.latchkey.sessions.tokens.control.SessionPolicy;
import dev.latchkey.sessions.tokens.control.SessionErrors;
import dev.latchkey.sessions.tokens.entity.AccountSessions;
import dev.latchkey.sessions.tokens.entity.RefreshToken;
import dev.latchkey.sessions.tokens.entity.Session;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import org.eclipse.microprofile.faulttolerance.Retry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sessions module's face: opening a session with its token pair, recognising the caller of
 * an access token, and ending sessions. An access token stops working the moment its session
 * ends, because every check reads the session (one primary-key read).
 */
@ApplicationScoped
@Transactional
public class Sessions {

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;
    @Inject
    AccessTokens accessTokens;
    @Inject
    SessionPolicy policy;
    @Inject
    Clock clock;

    /**
     * Opens a session for an account that has just proved who it is, within
     * {@code sessions.max-concurrent}. Opening bumps the account's {@link AccountSessions}
     * version, so of two sign-ins that counted the same sessions only one commits; the other
     * is retried on a fresh count (each try its own transaction), and after the retries
     * CONCURRENCY_CONFLICT. No lock is held while a password is hashed: that happened before.
     * With a device (whose proof was just checked) the session is bound to it, and its
     * refreshes must name that device.
     */
    @Retry(retryOn = OptimisticLockException.class, maxRetries = 25, delay = 5, jitter = 20)
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public TokenPair open(UUID accountId, Optional<UUID> device) {
        Instant now = clock.instant();
        em.createNativeQuery("insert into account_sessions (account_id) values (?1) on conflict do nothing")
                .setParameter(1, accountId).executeUpdate();
        AccountSessions owner = em.find(AccountSessions.class, accountId);
        List<Session> open = openSessions(accountId, now);
        if (open.size() >= policy.maxConcurrent()) {
            throw new SessionErrors.ConcurrentLimit(open.size(), policy.maxConcurrent(), open.get(0).createdAt());
        }
        owner.opened();
        Session session = new Session(accountId, device.orElse(null), now, now.plus(policy.maxAge()));
        em.persist(session);
        TokenPair tokens = issue(session, now);
        em.flush();
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
        if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 200) {
            throw SessionErrors.invalidRefreshToken();
        }
        RefreshToken presented = em.find(RefreshToken.class, Secrets.sha256Hex(refreshToken), LockModeType.PESSIMISTIC_WRITE);
        if (presented == null) {
            throw SessionErrors.invalidRefreshToken();
        }
        Instant now = clock.instant();
        Session session = em.find(Session.class, presented.sessionId());
        if (session.isEnded()) {
            throw new SessionErrors.RefreshTokenRevoked(session.id());
        }
        if (presented.isRetired()) {
            if (!presented.retiredWithin(policy.refreshReuseGrace(), now)) {
                session.end("refresh_token_reuse", now);
            }
            throw new SessionErrors.RefreshTokenRevoked(session.id());
        }
        if (session.isExpired(now)) {
            throw SessionErrors.refreshTokenExpired(session.expiresAt());
        }
        if (session.deviceId().isPresent() && !claimedDevice.equals(session.deviceId())) {
            throw new DeviceMismatch(claimedDevice);
        }
        presented.retire(now);
        session.refreshed(now);
        return issue(session, now);
    }

    /** The account's open sessions, newest first, the caller's own marked. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SessionPage list(UUID accountId, UUID currentSession, int page, int size) {
        List<Session> open = openSessions(accountId, clock.instant());
        List<SessionView> items = open.stream()
                .sorted(java.util.Comparator.comparing(Session::createdAt).reversed())
                .skip((long) (page - 1) * size).limit(size)
                .map(s -> new SessionView(s.id(), s.createdAt(), s.expiresAt(), s.lastUsedAt(), s.id().equals(currentSession)))
                .toList();
        return new SessionPage(items, page, size, open.size());
    }

    /** Ends one of the account's open sessions; another account's, or an ended one, is SESSION_NOT_FOUND. */
    public void end(UUID accountId, UUID sessionId) {
        Session session = em.find(Session.class, sessionId);
        if (session == null || !session.accountId().equals(accountId) || session.isEnded() || session.isExpired(clock.instant())) {
            throw SessionErrors.notFound(sessionId);
        }
        session.end("ended_by_owner", clock.instant());
    }

    private TokenPair issue(Session session, Instant now) {
        String refreshToken = Secrets.randomToken();
        em.persist(new RefreshToken(Secrets.sha256Hex(refreshToken), session.id(), now));
        return new TokenPair(accessTokens.issue(session.accountId(), session.id(), now), refreshToken, "Bearer",
                policy.accessTtl().toSeconds(), session.id(), session.expiresAt());
    }

    private List<Session> openSessions(UUID accountId, Instant now) {
        return em.createQuery("select s from Session s where s.accountId = :account and s.endedAt is null "
                        + "and s.expiresAt > :now order by s.createdAt", Session.class)
                .setParameter("account", accountId).setParameter("now", now).getResultList();
    }

    /** The caller of an access token whose session is still open. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Caller authenticate(String accessToken) {
        AccessTokens.Claims claims = accessTokens.verify(accessToken);
        Session session = em.find(Session.class, claims.sessionId());
        if (session == null || session.isEnded() || !session.accountId().equals(claims.accountId())) {
            throw sessionInvalid(claims.sessionId(), session == null ? "unknown_session" : "session_ended");
        }
        if (session.isExpired(clock.instant())) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("session_id", session.id().toString());
            details.put("expired_at", session.expiresAt().truncatedTo(ChronoUnit.SECONDS).toString());
            details.put("max_age", policy.maxAge().toMillis());
            details.put("action", "sign in again");
            throw new LatchkeyException(ErrorCode.SESSION_EXPIRED, details);
        }
        return new Caller(session.accountId(), session.id());
    }

    /** Ends one session (logout); its tokens stop working at once. */
    public void logout(UUID sessionId, String reason) {
        Session session = em.find(Session.class, sessionId);
        if (session != null) {
            session.end(reason, clock.instant());
        }
    }

    /** Ends an account's sessions, but the one to keep, in the transaction of the change that asks for it. */
    void onSessionsToEnd(@Observes SessionsToEnd request) {
        em.createQuery("update Session s set s.endedAt = :now, s.endReason = :reason, s.version = s.version + 1 "
                        + "where s.accountId = :account and s.endedAt is null and s.id <> :keep")
                .setParameter("now", clock.instant())
                .setParameter("reason", request.reason())
                .setParameter("account", request.accountId())
                .setParameter("keep", request.keep().orElse(new UUID(0, 0)))
                .executeUpdate();
    }

    /** Ends the sessions bound to a device that has just been revoked, in the same transaction. */
    void onDeviceRevoked(@Observes DeviceRevoked revoked) {
        em.createQuery("update Session s set s.endedAt = :now, s.endReason = 'device_revoked', s.version = s.version + 1 "
                        + "where s.deviceId = :device and s.endedAt is null")
                .setParameter("now", clock.instant()).setParameter("device", revoked.deviceId()).executeUpdate();
    }

    private static LatchkeyException sessionInvalid(UUID sessionId, String failure) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("session_id", sessionId.toString());
        details.put("validation_failure", failure);
        details.put("action", "sign in again");
        return new LatchkeyException(ErrorCode.SESSION_INVALID, details);
    }
}
