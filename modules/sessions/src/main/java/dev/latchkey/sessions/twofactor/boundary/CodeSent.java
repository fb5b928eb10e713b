package dev.latchkey.sessions.twofactor.boundary;

import java.time.Instant;

/**
 * A code on its way: by which method, to where (the address, or the number masked), until when it
 * works, and, for SMS, what the gateway last reported about the previous text to that number
 * ({@code failed} means the last code most likely never arrived; null when nothing was reported).
 */
public record CodeSent(String method, String sentTo, Instant expiresAt, DeliveryReport previousDelivery) {

    /** The gateway's last report: its status and when it came. */
    public record DeliveryReport(String status, Instant reportedAt) {
    }
}
