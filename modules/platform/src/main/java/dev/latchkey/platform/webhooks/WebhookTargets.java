package dev.latchkey.platform.webhooks;

import dev.latchkey.kernel.error.ValidationFailed;
import dev.latchkey.kernel.error.Violation;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where a subscription may point: an absolute http(s) URL of at most 2000 characters, without user
 * info. Unless {@code webhooks.allow-private-targets} is on, every address its host resolves to must
 * be public: loopback, private, link-local, unique-local, wildcard, multicast or unresolvable hosts
 * are refused, so a subscription cannot make the service call into the operator's own network.
 */
final class WebhookTargets {

    static final int MAX_LENGTH = 2000;

    private WebhookTargets() {
    }

    static URI check(String url, boolean allowPrivate) {
        if (url == null || url.isBlank()) {
            throw new ValidationFailed(Violation.required("url"));
        }
        if (url.length() > MAX_LENGTH) {
            throw invalid("must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw invalid("must be an absolute http or https URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw invalid("must be an absolute http or https URL without user information");
        }
        if (!allowPrivate) {
            InetAddress[] addresses;
            try {
                addresses = InetAddress.getAllByName(uri.getHost());
            } catch (UnknownHostException | SecurityException e) {
                throw invalid("must name a host that resolves");
            }
            for (InetAddress address : addresses) {
                if (isPrivate(address)) {
                    throw invalid("must point to a public address (loopback, private and link-local networks are refused)");
                }
            }
        }
        return uri;
    }

    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // fc00::/7, unique local
        }
        // 100.64.0.0/10 (carrier-grade NAT) and 0.0.0.0/8
        return ((bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64) || bytes[0] == 0;
    }

    private static ValidationFailed invalid(String issue) {
        return new ValidationFailed(new Violation("url", Violation.Type.FORMAT, issue));
    }
}
