package org.opendoor.notify.directory;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a webhook may point: an https URL whose host, and every address it resolves to (IPv4 and IPv6), is public.
 * A private, loopback, link-local (cloud metadata), unique-local, shared (carrier NAT), multicast or unspecified
 * target is refused, so a directory change cannot aim deliveries at the service's own network. With
 * {@code opendoor.directory.allow-private-webhooks} (the embedded stack and the tests only) plain http and local
 * receivers are allowed. Checked when the entry is changed; the name is resolved again by each delivery.
 */
final class WebhookTargets {
    private final boolean allowPrivate;
    private final Function<String, List<InetAddress>> resolver;

    WebhookTargets(boolean allowPrivate, Function<String, List<InetAddress>> resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** With the system's resolver. */
    static WebhookTargets of(DirectoryConfig config) {
        return new WebhookTargets(config.allowPrivateWebhooks(), WebhookTargets::resolve);
    }

    /** What is wrong with the address as a webhook target, if anything. */
    Optional<String> problem(String address) {
        URI uri;
        try {
            uri = URI.create(address);
        } catch (RuntimeException e) {
            return Optional.of("a webhook address is an https URL");
        }
        String scheme = uri.getScheme();
        boolean http = "http".equalsIgnoreCase(scheme);
        if (!"https".equalsIgnoreCase(scheme) && !(allowPrivate && http) || uri.getHost() == null) {
            return Optional.of(allowPrivate ? "a webhook address is an http or https URL"
                    : "a webhook address is an https URL");
        }
        if (uri.getUserInfo() != null) {
            return Optional.of("a webhook address carries no user name or password");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        List<InetAddress> addresses = resolver.apply(host);
        if (addresses.isEmpty()) {
            return Optional.of("the webhook's host " + host + " does not resolve");
        }
        for (InetAddress a : addresses) {
            if (!isPublic(a)) {
                return Optional.of("a webhook may not point at a private, loopback or link-local address ("
                        + host + (host.equals(a.getHostAddress()) ? "" : " is " + a.getHostAddress()) + ")");
            }
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second < 128) // shared address space (carrier NAT)
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved, broadcast
        }
        if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) { // unique local fc00::/7
                return false;
            }
            if (isMappedOrCompatible(b)) { // ::ffff:a.b.c.d and ::a.b.c.d reach the IPv4 address
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8) {
                return false; // documentation 2001:db8::/32
            }
        }
        return true;
    }

    private static boolean isMappedOrCompatible(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] == 0 && b[11] == 0) || ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff);
    }

    private static List<InetAddress> resolve(String host) {
        try {
            return List.of(InetAddress.getAllByName(host));
        } catch (UnknownHostException e) {
            return List.of();
        }
    }
}
