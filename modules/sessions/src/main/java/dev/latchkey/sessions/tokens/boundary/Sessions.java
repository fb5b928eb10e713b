package dev.latchkey.sessions.tokens.boundary;

import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.LatchkeyException;
import dev.latchkey.kernel.events.SessionsToEnd;
import dev.latchkey.kernel.secrets.Secrets;
import dev.latchkey.sessions.tokens.control.AccessTokens;
import dev.latchkey.sessions.tokens.control.SessionPolicy;
import dev.latchkey.sessions.tokens.entity.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
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

    /** Opens a session for an account that has just proved who it is. */
    public TokenPair open(UUID accountId) {
        Instant now = clock.instant();
        String refreshToken = Secrets.randomToken();
        Session session = new Session(accountId, Secrets.sha256Hex(refreshToken), now, now.plus(policy.maxAge()));
        em.persist(session);
        return new TokenPair(accessTokens.issue(accountId, session.id(), now), refreshToken, "Bearer",
                policy.accessTtl().toSeconds(), session.id(), session.expiresAt());
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
    public void end(UUID sessionId, String reason) {
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

    private static LatchkeyException sessionInvalid(UUID sessionId, String failure) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("session_id", sessionId.toString());
        details.put("validation_failure", failure);
        details.put("action", "sign in again");
        return new LatchkeyException(ErrorCode.SESSION_INVALID, details);
    }
}
