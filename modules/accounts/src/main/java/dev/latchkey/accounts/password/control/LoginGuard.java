package dev.latchkey.accounts.password.control;

import dev.latchkey.accounts.core.control.AccountPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts failed sign-ins per subject and locks it out, exactly under concurrency. Before a
 * password is checked, a check is reserved with one conditional upsert: it succeeds only while
 * failures plus checks under way stay below {@code accounts.lockout-after}. PostgreSQL's row
 * lock serialises the reservations, so fifty parallel guesses get at most that many checks,
 * whichever node they hit. Each step is its own short transaction; no lock is held while a
 * password is hashed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class LoginGuard {

    /** A reservation that was never settled (a crashed node) stops counting after this long. */
    static final long STALE_SECONDS = 30;

    @PersistenceContext(unitName = "latchkey")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    AccountPolicy policy;

    /** The state of a subject after a settled attempt, or when no check could be reserved. */
    public record Standing(int failures, Optional<Instant> lockedUntil) {
    }

    /** Reserves one password check: empty when granted, otherwise the standing that refuses it. */
    public Optional<Standing> reserve(String subject) {
        Instant now = clock.instant();
        Standing refusal = em.unwrap(Session.class).doReturningWork(connection -> {
            // a subject seen for the first time gets its row with this check reserved; otherwise the
            // row is updated only while the subject is not locked and has checks to spare
            String expiredLock = "(g.locked_until is not null and g.locked_until <= ?)";
            String livePending = "(case when g.updated_at < ? then 0 else g.pending end)";
            try (PreparedStatement reserve = connection.prepareStatement(
                    "insert into login_guard as g (subject, pending, updated_at) values (?, 1, ?) on conflict (subject) do update set "
                            + "failures = case when " + expiredLock + " then 0 else g.failures end, "
                            + "locked_until = case when " + expiredLock + " then null else g.locked_until end, "
                            + "pending = " + livePending + " + 1, updated_at = excluded.updated_at "
                            + "where (g.locked_until is null or g.locked_until <= ?) "
                            + "and (case when " + expiredLock + " then 0 else g.failures end) + " + livePending + " < ?")) {
                Timestamp ts = Timestamp.from(now);
                Timestamp stale = Timestamp.from(now.minusSeconds(STALE_SECONDS));
                int i = 1;
                reserve.setString(i++, subject);
                reserve.setTimestamp(i++, ts);
                reserve.setTimestamp(i++, ts);
                reserve.setTimestamp(i++, ts);
                reserve.setTimestamp(i++, stale);
                reserve.setTimestamp(i++, ts);
                reserve.setTimestamp(i++, ts);
                reserve.setTimestamp(i++, stale);
                reserve.setInt(i, policy.lockoutAfter());
                if (reserve.executeUpdate() == 1) {
                    return null;
                }
            }
            return standing(connection, subject);
        });
        return Optional.ofNullable(refusal);
    }

    private static Standing standing(java.sql.Connection connection, String subject) throws java.sql.SQLException {
        try (PreparedStatement select = connection.prepareStatement("select failures, locked_until from login_guard where subject = ?")) {
            select.setString(1, subject);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                Timestamp locked = row.getTimestamp(2);
                return new Standing(row.getInt(1), Optional.ofNullable(locked).map(Timestamp::toInstant));
            }
        }
    }

    /** Settles a reserved check that failed; the failure that reaches the limit locks the subject. */
    public Standing failed(String subject) {
        Instant now = clock.instant();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update login_guard set pending = greatest(pending - 1, 0), failures = failures + 1, "
                            + "locked_until = case when failures + 1 >= ? then cast(? as timestamptz) else null end, updated_at = ? where subject = ?")) {
                update.setInt(1, policy.lockoutAfter());
                update.setTimestamp(2, Timestamp.from(now.plus(policy.lockoutDuration())));
                update.setTimestamp(3, Timestamp.from(now));
                update.setString(4, subject);
                update.executeUpdate();
            }
            return standing(connection, subject);
        });
    }

    /** Settles a reserved check that succeeded: the count starts again. */
    public void succeeded(String subject) {
        settle(subject, "update login_guard set pending = greatest(pending - 1, 0), failures = 0, locked_until = null, updated_at = ? where subject = ?");
    }

    /** Gives a reserved check back without counting it (the check could not be made). */
    public void released(String subject) {
        settle(subject, "update login_guard set pending = greatest(pending - 1, 0), updated_at = ? where subject = ?");
    }

    /** Lifts a lockout (administrators' unlock). */
    public void reset(String subject) {
        settle(subject, "update login_guard set failures = 0, pending = 0, locked_until = null, updated_at = ? where subject = ?");
    }

    private void settle(String subject, String sql) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                update.setTimestamp(1, Timestamp.from(clock.instant()));
                update.setString(2, subject);
                update.executeUpdate();
            }
        });
    }
}
