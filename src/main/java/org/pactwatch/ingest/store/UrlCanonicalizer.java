package org.pactwatch.ingest.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The form of a URL used for deduplication: lower-case scheme and host, no default port, no fragment and no
 * tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}). Non-http URLs (file:, upload:) pass as given.
 */
public final class UrlCanonicalizer {

    private UrlCanonicalizer() {}

    public static String canonical(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
                return trimmed;
            }
            int port = uri.getPort();
            if (port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https")) {
                port = -1;
            }
            String query = uri.getRawQuery() == null
                    ? null
                    : Arrays.stream(uri.getRawQuery().split("&"))
                            .filter(p -> !p.isBlank())
                            .filter(p -> !p.toLowerCase(Locale.ROOT).startsWith("utm_")
                                    && !p.startsWith("fbclid=")
                                    && !p.startsWith("gclid="))
                            .collect(Collectors.joining("&"));
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port == -1 ? "" : ":" + port) + path
                    + (query == null || query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return trimmed;
        }
    }
}
