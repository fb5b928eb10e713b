package dev.latchkey.platform.persistence;

import dev.latchkey.kernel.error.DuplicateEntry;
import dev.latchkey.kernel.error.LatchkeyException;
import dev.latchkey.kernel.error.ServiceUnavailable;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Optional;

/**
 * Translates database failures into catalogue errors where they happen, around
 * {@code flush()}: a named unique constraint becomes DUPLICATE_ENTRY with its field, an
 * unreachable database SERVICE_UNAVAILABLE. Optimistic lock failures pass through so that
 * the retrying caller can see them.
 */
public final class PersistenceErrors {

    /** Seconds a client should wait before retrying when the database is down. */
    public static final long RETRY_AFTER_SECONDS = 5;

    private PersistenceErrors() {
    }

    /** Flushes, translating unique violations of the given constraints (name to field). */
    public static void flush(EntityManager em, Map<String, String> uniqueConstraintFields) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw translate(e, uniqueConstraintFields);
        }
    }

    public static RuntimeException translate(RuntimeException e, Map<String, String> uniqueConstraintFields) {
        Optional<String> constraint = violatedConstraint(e);
        if (constraint.isPresent() && uniqueConstraintFields.containsKey(constraint.get())) {
            return new DuplicateEntry(uniqueConstraintFields.get(constraint.get()));
        }
        if (isConnectionFailure(e)) {
            return new ServiceUnavailable(RETRY_AFTER_SECONDS);
        }
        return e;
    }

    /** The name of the constraint a statement broke, lower case, if the cause chain tells it. */
    public static Optional<String> violatedConstraint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException cve && cve.getConstraintName() != null) {
                return Optional.of(cve.getConstraintName().toLowerCase());
            }
        }
        return Optional.empty();
    }

    /** True when the chain shows that no connection to the database could be had or kept. */
    public static boolean isConnectionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LatchkeyException) {
                return false;
            }
            if (t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                String message = String.valueOf(sql.getMessage());
                if ((state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")))
                        || message.contains("allocating a connection")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** True when the chain holds an optimistic lock failure: the row changed since it was read. */
    public static boolean isOptimisticLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
            if (t == t.getCause()) {
                break;
            }
        }
        return false;
    }
}
