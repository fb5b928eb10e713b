package dev.latchkey.sessions.twofactor.control;

import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.LatchkeyException;

import java.time.Duration;
import java.util.Optional;

/** The SMS gateway failing a synchronous send (setup, send-code): the code is not kept. */
public final class SmsErrors {

    static final String SERVICE = "sms-gateway";
    static final long RETRY_AFTER_SECONDS = 30;

    private SmsErrors() {
    }

    /** Refused, unreachable, or answered other than 2xx: 502 UPSTREAM_ERROR. */
    public static class GatewayFailed extends LatchkeyException {
        public GatewayFailed(String why) {
            super(ErrorCode.UPSTREAM_ERROR, "The SMS gateway did not accept the text: " + why,
                    details("upstream_service", SERVICE, "retry_after", RETRY_AFTER_SECONDS));
        }

        @Override
        public Optional<Duration> retryAfter() {
            return Optional.of(Duration.ofSeconds(RETRY_AFTER_SECONDS));
        }
    }

    /** No answer within {@code sms.gateway-timeout}: 504 NETWORK_TIMEOUT. */
    public static class GatewayTimedOut extends LatchkeyException {
        public GatewayTimedOut(Duration timeout) {
            super(ErrorCode.NETWORK_TIMEOUT, details("timeout_duration", timeout.toMillis(), "retry_after", RETRY_AFTER_SECONDS));
        }

        @Override
        public Optional<Duration> retryAfter() {
            return Optional.of(Duration.ofSeconds(RETRY_AFTER_SECONDS));
        }
    }
}
