package dev.latchkey.platform.ratelimit;

import jakarta.enterprise.context.RequestScoped;

import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The limits one request has counted against so far, wherever they were counted (a filter, a
 * façade), so the answer can report the one with the fewest requests left.
 */
@RequestScoped
public class RateLimitUsages {

    private final ConcurrentLinkedQueue<Usage> noted = new ConcurrentLinkedQueue<>();

    void note(Usage usage) {
        noted.add(usage);
    }

    /** The usage with the fewest requests left (the one that was exceeded, if any); ties go to the later reset. */
    public Optional<Usage> tightest() {
        return noted.stream().min(Comparator.comparingLong(Usage::remaining)
                .thenComparing(Usage::resetAt, Comparator.reverseOrder()));
    }
}
