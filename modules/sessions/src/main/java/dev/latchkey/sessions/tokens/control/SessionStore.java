package dev.latchkey.sessions.tokens.control;

import dev.latchkey.kernel.secrets.Secrets;
import dev.latchkey.platform.persistence.QuotaRows;
import dev.latchkey.sessions.tokens.entity.AccountSessions;
import dev.latchkey.sessions.tokens.entity.RefreshToken;
import dev.latchkey.sessions.tokens.entity.Session;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sessions and their refresh tokens in PostgreSQL; joins the caller's transaction. */
@ApplicationScoped
public class SessionStore {

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;

    public Optional<Session> find(UUID sessionId) {
        return Optional.ofNullable(em.find(Session.class, sessionId));
    }

    /** The account's row whose version guards {@code sessions.max-concurrent} ({@link QuotaRows}). */
    public AccountSessions quotaOf(UUID accountId) {
        return QuotaRows.forAccount(em, AccountSessions.class, "account_sessions", accountId);
    }

    /** Open sessions, oldest first. */
    public List<Session> open(UUID accountId, Instant now) {
        return em.createQuery("select s from Session s where s.accountId = :account and s.endedAt is null "
                        + "and s.expiresAt > :now order by s.createdAt", Session.class)
                .setParameter("account", accountId).setParameter("now", now).getResultList();
    }

    /** How many sessions of the account are open, and when the oldest began: counted, not loaded. */
    public OpenCount countOpen(UUID accountId, Instant now) {
        Object[] row = em.createQuery("select count(s), min(s.createdAt) from Session s where s.accountId = :account "
                        + "and s.endedAt is null and s.expiresAt > :now", Object[].class)
                .setParameter("account", accountId).setParameter("now", now).getSingleResult();
        return new OpenCount(((Number) row[0]).intValue(), (Instant) row[1]);
    }

    /** The open sessions of an account: how many, and the start of the oldest (null with none). */
    public record OpenCount(int count, Instant oldestStarted) {
    }

    public void add(Session session) {
        em.persist(session);
    }

    /** Keeps a refresh token as its SHA-256. */
    public void addRefreshToken(String refreshToken, UUID sessionId, Instant now) {
        em.persist(new RefreshToken(Secrets.sha256Hex(refreshToken), sessionId, now));
    }

    /**
     * The presented refresh token with its session, both rows locked, in one read: of two refreshes of
     * one token the second waits and then sees it retired; a logout waits for the rotation.
     */
    public Optional<PresentedToken> lockPresented(String presented) {
        return Secrets.lookupKey(presented).flatMap(key -> em.createQuery(
                        "select rt, s from RefreshToken rt join Session s on s.id = rt.sessionId where rt.tokenHash = :hash",
                        Object[].class)
                .setParameter("hash", key).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .map(row -> new PresentedToken((RefreshToken) row[0], (Session) row[1])));
    }

    /**
     * Rotation in one statement: the presented token retired, the session marked used, the new token
     * kept as its SHA-256. Both rows were locked by {@link #lockPresented}, so no version can have moved;
     * versions are still raised for any other writer's optimistic check. The entities read before are not
     * changed and so not written again.
     */
    public void rotate(PresentedToken presented, String newRefreshToken, Instant now) {
        em.createNativeQuery("""
                        with retired as (update refresh_token set retired_at = :now, version = version + 1 where token_hash = :old),
                             used as (update session set last_used_at = :now, version = version + 1 where id = :session)
                        insert into refresh_token (token_hash, session_id, issued_at, version) values (:new, :session, :now, 0)""")
                .setParameter("now", now).setParameter("old", presented.token().tokenHash())
                .setParameter("session", presented.session().id()).setParameter("new", Secrets.sha256Hex(newRefreshToken))
                .executeUpdate();
    }

    /** Ends the account's open sessions but {@code keep}; answers the ones it ended. */
    public List<UUID> endAll(UUID accountId, Optional<UUID> keep, String reason, Instant now) {
        return ended(em.createNativeQuery("update session set ended_at = ?1, end_reason = ?2, version = version + 1 "
                        + "where account_id = ?3 and ended_at is null and id <> ?4 returning id")
                .setParameter(1, now).setParameter(2, reason).setParameter(3, accountId)
                .setParameter(4, keep.orElse(new UUID(0, 0))));
    }

    /** Ends the open sessions bound to the device; answers the ones it ended. */
    public List<UUID> endBoundTo(UUID deviceId, Instant now) {
        return ended(em.createNativeQuery("update session set ended_at = ?1, end_reason = 'device_revoked', version = version + 1 "
                        + "where device_id = ?2 and ended_at is null returning id")
                .setParameter(1, now).setParameter(2, deviceId));
    }

    private static List<UUID> ended(jakarta.persistence.Query update) {
        return ((List<?>) update.getResultList()).stream().map(id -> id instanceof UUID u ? u : UUID.fromString(id.toString())).toList();
    }

    public void flush() {
        em.flush();
    }
}
