package io.kiosque.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Webhook targets: which URLs are well-formed, and which addresses are refused when private targets are not allowed.
 */
class TargetGuardTest {

    private static final List<String> INTERNAL = List.of("127.0.0.1", "127.8.9.10", "::1", "0.0.0.0", "::", "10.1.2.3",
            "172.16.0.1", "172.31.255.254", "192.168.1.10", "169.254.169.254", "169.254.0.1", "fe80::1", "fc00::1",
            "fd12:3456:789a::1", "fec0::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe",
            "2002:7f00:1::1",
            "100.64.0.1", "0.1.2.3", "224.0.0.1", "ff02::1", "240.0.0.1", "255.255.255.255", "198.18.0.1");
    private static final List<String> PUBLIC = List.of("93.184.216.34", "1.1.1.1", "8.8.8.8", "172.32.0.1",
            "2606:4700:4700::1111", "2a00:1450:4007:80a::200e", "100.128.0.1", "192.0.3.1");

    @Test
    void everyInternalAddressIsRefused() throws UnknownHostException {
        for (String address : INTERNAL) {
            assertTrue(TargetGuard.isInternal(InetAddress.getByName(address)), address);
        }
    }

    @Test
    void publicAddressesAreAllowed() throws UnknownHostException {
        for (String address : PUBLIC) {
            assertFalse(TargetGuard.isInternal(InetAddress.getByName(address)), address);
        }
    }

    @Test
    void aHostIsRefusedWhenAnyOfItsAddressesIsInternal() {
        Map<String, List<String>> dns = Map.of("hooks.example.com", List.of("93.184.216.34"), "rebind.example.com",
                List.of("93.184.216.34", "169.254.169.254"), "localhost", List.of("127.0.0.1", "::1"));
        TargetGuard guard = new TargetGuard(false, host -> {
            List<String> answers = dns.get(host);
            if (answers == null) {
                throw new UnknownHostException(host);
            }
            InetAddress[] addresses = new InetAddress[answers.size()];
            for (int i = 0; i < addresses.length; i++) {
                addresses[i] = InetAddress.getByName(answers.get(i));
            }
            return addresses;
        });
        assertEquals(Optional.empty(), guard.refusal(URI.create("https://hooks.example.com/kiosque")));
        assertEquals(Optional.of("the host 'rebind.example.com' resolves to 169.254.169.254, a private or reserved "
                + "address"), guard.refusal(URI.create("https://rebind.example.com/kiosque")));
        assertTrue(guard.refusal(URI.create("http://localhost:8080/")).isPresent());
        assertTrue(guard.refusal(URI.create("http://127.0.0.1:8080/")).isPresent());
        assertTrue(guard.refusal(URI.create("http://[::1]:8080/")).isPresent());
        assertEquals(Optional.of("the host 'nowhere.example' does not resolve"),
                guard.refusal(URI.create("https://nowhere.example/")));
    }

    @Test
    void privateTargetsPassWhenAllowed() {
        TargetGuard guard = new TargetGuard(true, host -> {
            throw new AssertionError("no lookup needed when private targets are allowed");
        });
        assertEquals(Optional.empty(), guard.refusal(URI.create("http://127.0.0.1:8080/hooks")));
    }

    @Test
    void onlyAbsoluteHttpUrlsWithoutCredentialsAreWellFormed() {
        assertEquals(Optional.empty(), TargetGuard.formatProblem("https://hooks.example.com/kiosque?source=cms"));
        assertEquals(Optional.empty(), TargetGuard.formatProblem("HTTP://hooks.example.com:8443/"));
        for (String bad : List.of("ftp://hooks.example.com/", "file:///etc/passwd", "/relative", "hooks.example.com",
                "https://", "https://user:secret@hooks.example.com/", "https://hooks.example.com/#frag",
                "gopher://127.0.0.1:70/", "https://hooks example.com/")) {
            assertTrue(TargetGuard.formatProblem(bad).isPresent(), bad);
        }
    }
}
