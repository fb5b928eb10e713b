package dev.latchkey.platform.webhooks;

import dev.latchkey.kernel.error.ValidationFailed;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSignatureAndTargetsTest {

    @Test
    void signsTimestampDotBodyWithHmacSha256() {
        // computed independently: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac secret
        assertEquals("sha256=49f24e537407743fa4a0242bb63b94b9a47ee99cbbe071ccd8a22550ae411686", WebhookSignature.sign("secret", 1_700_000_000L, "{\"a\":1}"));
        String signature = WebhookSignature.sign("secret", 1_700_000_000L, "{\"a\":1}");
        assertTrue(WebhookSignature.matches("secret", 1_700_000_000L, "{\"a\":1}", signature));
        assertTrue(WebhookSignature.matches("secret", 1_700_000_000L, "{\"a\":1}", signature.toUpperCase().replace("SHA256=", "sha256=")));
        assertFalse(WebhookSignature.matches("secret", 1_700_000_001L, "{\"a\":1}", signature));
        assertFalse(WebhookSignature.matches("other", 1_700_000_000L, "{\"a\":1}", signature));
        assertFalse(WebhookSignature.matches("secret", 1_700_000_000L, "{\"a\":2}", signature));
        assertFalse(WebhookSignature.matches("secret", 1_700_000_000L, "{\"a\":1}", null));
        assertFalse(WebhookSignature.matches("secret", 1_700_000_000L, "{\"a\":1}", "sha256=xyz"));
        assertFalse(WebhookSignature.matches("secret", 1_700_000_000L, "{\"a\":1}", signature.substring(7)));
    }

    @Test
    void privateLoopbackLinkLocalAndUnresolvableTargetsAreRefusedByDefault() {
        for (String url : new String[]{"http://127.0.0.1/hook", "http://localhost:8080/hook", "http://10.1.2.3/hook", "http://192.168.0.1/",
                "http://172.16.5.5/", "http://169.254.169.254/latest/meta-data", "http://[::1]/hook", "http://[fd00::1]/hook",
                "http://0.0.0.0/", "http://100.64.0.1/", "https://no-such-host.invalid/hook"}) {
            assertThrows(ValidationFailed.class, () -> WebhookTargets.check(url, false), url);
        }
        assertDoesNotThrow(() -> WebhookTargets.check("https://93.184.216.34/hook", false));
        assertDoesNotThrow(() -> WebhookTargets.check("http://127.0.0.1:9/hook", true));
    }

    @Test
    void onlyAbsoluteHttpUrlsWithoutUserInformation() {
        for (String url : new String[]{"", "ftp://example.com/x", "/relative", "http://user:pw@example.com/", "not a url", "http:///nohost"}) {
            assertThrows(ValidationFailed.class, () -> WebhookTargets.check(url, true), url);
        }
        assertThrows(ValidationFailed.class, () -> WebhookTargets.check(null, true));
        assertThrows(ValidationFailed.class, () -> WebhookTargets.check("https://example.com/" + "a".repeat(2000), true));
    }
}
