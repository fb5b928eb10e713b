package dev.latchkey.web.http;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientAddressesTest {

    static String client(ClientAddresses addresses, String peer, String... forwardedFor) {
        return ClientAddresses.subject(addresses.client(peer, List.of(forwardedFor)));
    }

    @Test
    void withoutTrustedProxiesThePeerIsTheClientWhateverItForwards() {
        ClientAddresses none = new ClientAddresses("");
        assertEquals("127.0.0.1", client(none, "127.0.0.1", "203.0.113.9"));
        assertEquals("10.1.2.3", client(none, "10.1.2.3"));
    }

    @Test
    void behindTrustedProxiesTheRightMostUntrustedHopIsTheClient() {
        ClientAddresses proxies = new ClientAddresses("127.0.0.1, 10.0.0.0/8");
        assertEquals("203.0.113.9", client(proxies, "127.0.0.1", "203.0.113.9"));
        assertEquals("203.0.113.9", client(proxies, "127.0.0.1", "198.51.100.1, 203.0.113.9, 10.4.4.4"),
                "the spoofed left-most entry is ignored; the trusted inner proxy is skipped");
        assertEquals("203.0.113.9", client(proxies, "10.9.9.9", "198.51.100.1", "203.0.113.9"), "several headers are one list");
        assertEquals("10.4.4.4", client(proxies, "127.0.0.1", "10.4.4.4"), "all trusted: the last one left");
        assertEquals("127.0.0.2", client(proxies, "127.0.0.2", "203.0.113.9"), "an untrusted peer's header is ignored");
    }

    @Test
    void aHopThatIsNoAddressStopsTheWalkAtTheProxyThatSentIt() {
        ClientAddresses proxies = new ClientAddresses("127.0.0.1");
        assertEquals("127.0.0.1", client(proxies, "127.0.0.1", "unknown"));
        assertEquals("127.0.0.1", client(proxies, "127.0.0.1", "example.com"), "names are never resolved");
        assertEquals("203.0.113.9", client(proxies, "127.0.0.1", "203.0.113.9:4711"), "a port is dropped");
        assertEquals("2001:db8:1:2::/64", client(proxies, "127.0.0.1", "[2001:db8:1:2::7]:443"));
    }

    @Test
    void ipv6ClientsCountPerSlash64() {
        ClientAddresses proxies = new ClientAddresses("::1, fd00::/8");
        assertEquals("2001:db8:1:2::/64", client(proxies, "::1", "2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals("2001:db8:1:2::/64", client(proxies, "fd12::1", "2001:db8:1:2::1"));
        assertEquals("203.0.113.9", client(proxies, "::1", "::ffff:203.0.113.9"), "an IPv4-mapped address is IPv4");
    }

    @Test
    void literalsOnly() {
        assertEquals(Optional.empty(), ClientAddresses.literal("localhost"));
        assertEquals(Optional.empty(), ClientAddresses.literal("1.2.3"));
        assertEquals(Optional.empty(), ClientAddresses.literal(""));
        assertTrue(ClientAddresses.literal("::").isPresent());
    }

    @Test
    void blocksMatchByPrefix() throws Exception {
        ClientAddresses.Block block = ClientAddresses.Block.parse("192.168.16.0/20");
        assertTrue(block.contains(InetAddress.getByName("192.168.31.255")));
        assertEquals(false, block.contains(InetAddress.getByName("192.168.32.0")));
        assertEquals(false, block.contains(InetAddress.getByName("::1")));
        assertThrows(IllegalArgumentException.class, () -> ClientAddresses.Block.parse("192.168.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> ClientAddresses.Block.parse("proxy.internal"));
    }
}
