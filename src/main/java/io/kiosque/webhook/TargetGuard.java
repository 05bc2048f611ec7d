package io.kiosque.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps webhooks from reaching into Kiosque's own network (SSRF): a URL is refused when its host resolves to any
 * loopback, private, link-local (the cloud metadata service 169.254.169.254 included), unique-local, unspecified,
 * multicast or reserved address, unless private targets are allowed. Every address the host resolves to is checked, at
 * registration and again before each attempt.
 *
 * <p>
 * Residual risk: the HTTP client resolves the host again when it connects. The JVM caches successful lookups (30 s by
 * default), so it connects to the address checked here unless the answer expires in between.
 */
final class TargetGuard {

    /** Resolves a host name; a parameter so tests can give any answer. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    TargetGuard(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    TargetGuard(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    /** Why this URL may not be called, or empty when it may. */
    Optional<String> refusal(URI url) {
        if (allowPrivate) {
            return Optional.empty();
        }
        String host = url.getHost();
        if (host == null) {
            return Optional.of("the URL has no host");
        }
        // URI keeps the brackets of IPv6 literals.
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bare);
        } catch (UnknownHostException e) {
            return Optional.of("the host '" + host + "' does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            return Optional.of("the host '" + host + "' does not resolve");
        }
        return Arrays.stream(addresses).filter(TargetGuard::isInternal).findFirst()
                .map(address -> "the host '" + host + "' resolves to " + address.getHostAddress()
                        + ", a private or reserved address");
    }

    static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isInternalIpv4(bytes);
        }
        if (address instanceof Inet6Address) {
            // Unique local fc00::/7.
            if ((bytes[0] & 0xfe) == 0xfc) {
                return true;
            }
            // IPv4 embedded in IPv6: mapped ::ffff:0:0/96, compatible ::/96, NAT64 64:ff9b::/96, 6to4 2002::/16.
            if (isZero(bytes, 0, 10) && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff
                    || isZero(bytes, 0, 12)
                    || (bytes[0] & 0xff) == 0x00 && (bytes[1] & 0xff) == 0x64 && (bytes[2] & 0xff) == 0xff
                            && (bytes[3] & 0xff) == 0x9b && isZero(bytes, 4, 12)) {
                return isInternal(ipv4(Arrays.copyOfRange(bytes, 12, 16)));
            }
            if ((bytes[0] & 0xff) == 0x20 && (bytes[1] & 0xff) == 0x02) {
                return isInternal(ipv4(Arrays.copyOfRange(bytes, 2, 6)));
            }
        }
        return false;
    }

    private static boolean isInternalIpv4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 // "this network", 0.0.0.0/8
                || first == 100 && (second & 0xc0) == 64 // carrier-grade NAT, 100.64.0.0/10
                || first == 192 && second == 0 && (b[2] & 0xff) == 0 // IETF protocol assignments, 192.0.0.0/24
                || first == 198 && (second & 0xfe) == 18 // benchmarking, 198.18.0.0/15
                || first >= 240; // reserved and broadcast, 240.0.0.0/4
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Scheme, host and form of a webhook URL, whatever the network setting; empty when valid. */
    static Optional<String> formatProblem(String raw) {
        URI url;
        try {
            url = new URI(raw);
        } catch (Exception e) {
            return Optional.of("the URL must be an absolute http or https URL");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null
                || url.getHost().isEmpty()) {
            return Optional.of("the URL must be an absolute http or https URL with a host");
        }
        if (url.getRawUserInfo() != null) {
            return Optional
                    .of("the URL must not carry credentials (user:password@): the signature authenticates deliveries");
        }
        if (url.getRawFragment() != null) {
            return Optional.of("the URL must not have a fragment");
        }
        return Optional.empty();
    }
}
