package dev.latchkey.platform.webhooks;

import dev.latchkey.kernel.error.ErrorCode;
import dev.latchkey.kernel.error.LatchkeyException;

/** An inbound webhook whose signature headers are missing, malformed, wrong or stale: {@code header} names the one. */
public class WebhookSignatureInvalid extends LatchkeyException {

    public WebhookSignatureInvalid(String header) {
        super(ErrorCode.WEBHOOK_SIGNATURE_INVALID, details("header", header));
    }
}
