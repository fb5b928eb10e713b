package dev.latchkey.web.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The client address a request's per-address rate limits count against (CONTRACT.md section 6):
 * the peer address, unless the peer is one of {@code http.trusted-proxies} (HTTP_TRUSTED_PROXIES:
 * addresses or CIDR blocks, comma separated; none by default). Then {@code X-Forwarded-For} is read
 * from the right, skipping trusted hops, and the first untrusted address is the client (a proxy
 * appends the address it saw, so only the hops right of it are vouched for). IPv6 clients count
 * per /64, the block one subscriber gets. Only literal addresses are read; nothing is resolved.
 */
@ApplicationScoped
public class ClientAddresses {

    public static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(\\.\\d{1,3}){3}):\\d{1,5}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final Pattern BRACKETED = Pattern.compile("\\[([0-9A-Fa-f:.]+)](:\\d{1,5})?");

    private final List<Block> trusted;

    public ClientAddresses() {
        this(ConfigProvider.getConfig().getOptionalValue("http.trusted-proxies", String.class).orElse(""));
    }

    ClientAddresses(String trustedProxies) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : trustedProxies.split(",")) {
            if (!entry.isBlank()) {
                blocks.add(Block.parse(entry.strip()));
            }
        }
        this.trusted = List.copyOf(blocks);
    }

    /** The client's address as a rate-limit subject: dotted IPv4, or the IPv6 /64 as {@code prefix::/64}. */
    public String of(HttpServletRequest request) {
        return subject(client(request.getRemoteAddr(), Collections.list(request.getHeaders(FORWARDED_FOR))));
    }

    InetAddress client(String peerAddress, List<String> forwardedFor) {
        InetAddress hop = literal(peerAddress).orElseThrow(() -> new IllegalStateException("peer address " + peerAddress));
        List<String> chain = new ArrayList<>();
        for (String header : forwardedFor) {
            chain.addAll(Arrays.asList(header.split(",")));
        }
        for (int i = chain.size() - 1; i >= 0 && isTrusted(hop); i--) {
            Optional<InetAddress> next = literal(chain.get(i).strip());
            if (next.isEmpty()) {
                break;
            }
            hop = next.get();
        }
        return hop;
    }

    static String subject(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] prefix = Arrays.copyOf(address.getAddress(), 16);
            Arrays.fill(prefix, 8, 16, (byte) 0);
            try {
                return InetAddress.getByAddress(prefix).getHostAddress().replaceFirst("(:0)+$", "::") + "/64";
            } catch (UnknownHostException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        return address.getHostAddress();
    }

    private boolean isTrusted(InetAddress address) {
        for (Block block : trusted) {
            if (block.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** A literal IPv4 or IPv6 address (with or without brackets or a port), never a name to resolve. */
    static Optional<InetAddress> literal(String text) {
        String value = text;
        var bracketed = BRACKETED.matcher(value);
        var withPort = IPV4_WITH_PORT.matcher(value);
        if (bracketed.matches()) {
            value = bracketed.group(1);
        } else if (withPort.matches()) {
            value = withPort.group(1);
        }
        if (!IPV4.matcher(value).matches() && !IPV6.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(value));
        } catch (UnknownHostException | IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** An address block of {@code http.trusted-proxies}: an address, or an address and a prefix length. */
    record Block(byte[] network, int prefixLength) {

        static Block parse(String text) {
            String[] parts = text.split("/", 2);
            InetAddress address = literal(parts[0].strip())
                    .orElseThrow(() -> new IllegalArgumentException("http.trusted-proxies: not an address: " + text));
            int bits = address.getAddress().length * 8;
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : bits;
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("http.trusted-proxies: prefix out of range: " + text);
            }
            return new Block(address.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefixLength; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
