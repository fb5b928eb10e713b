package dev.latchkey.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.faulttolerance.Retry;

import java.util.function.Supplier;

/**
 * Retries a unit of work that lost an optimistic-lock race (a quota row's {@code @Version}), each try
 * in a transaction of its own. The work must start its own transaction (a {@code REQUIRES_NEW}
 * method reached through a bean proxy); this method runs outside any. The split is deliberate: a
 * {@code @Retry} on the transactional method itself depends on the servers' interceptor order —
 * Payara runs Fault Tolerance outside {@code @Transactional}, WildFly inside it, where every retry
 * would meet the transaction the first conflict marked for rollback.
 */
@ApplicationScoped
public class ConflictRetry {

    /** Runs {@code tryOnce} until it commits, at most 41 times, 5–30 ms apart; the last conflict propagates. */
    @Retry(retryOn = OptimisticLockException.class, maxRetries = 40, delay = 5, jitter = 25)
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public <T> T untilCommitted(Supplier<T> tryOnce) {
        return tryOnce.get();
    }
}
