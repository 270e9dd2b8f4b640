package org.pactwatch.ingest.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses what a server-side fetcher must not reach: other schemes than http(s), and hosts that resolve to
 * loopback, private, link-local, unique-local, carrier-grade NAT or wildcard addresses, unless an admin listed
 * the host in {@code PACTWATCH_FETCH_ALLOWED_HOSTS}.
 */
final class AddressPolicy {

    private final Set<String> allowedHosts;

    AddressPolicy(Set<String> allowedHosts) {
        this.allowedHosts = allowedHosts;
    }

    void check(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("only http and https URLs can be fetched, not " + uri);
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new FetchException("URL has no host: " + uri);
        }
        String normalized = host.toLowerCase(Locale.ROOT);
        if (normalized.startsWith("[") && normalized.endsWith("]")) {
            normalized = normalized.substring(1, normalized.length() - 1);
        }
        if (allowedHosts.contains(normalized)) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(normalized);
        } catch (UnknownHostException e) {
            throw new FetchException("unknown host " + host);
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                throw new FetchException("refusing " + host + ": it resolves to the internal address "
                        + address.getHostAddress() + " (an admin can allow it in PACTWATCH_FETCH_ALLOWED_HOSTS)");
            }
        }
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isSiteLocalAddress()
                || address.isLinkLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] raw = address.getAddress();
        if (address instanceof Inet6Address) {
            return (raw[0] & 0xfe) == 0xfc; // fc00::/7 unique local
        }
        int first = raw[0] & 0xff;
        int second = raw[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 198 && (second & 0xfe) == 18);
    }
}
