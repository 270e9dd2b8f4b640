package org.pactwatch.ingest.fetch;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the fetcher behaves ({@code pactwatch.fetch.*}). EDGAR asks for a User-Agent naming a company and a
 * contact e-mail, and for at most 10 requests per second across its hosts: hence the {@code sec.gov} rate.
 */
@ConfigurationProperties("pactwatch.fetch")
public record FetchProperties(
        @DefaultValue("Pactwatch/0.1 (Pactwatch deal research; contact ops@pactwatch.example)")
        String userAgent,

        @DefaultValue("pactwatch") String robotsAgent,
        @DefaultValue("") List<String> allowedHosts,
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("20MB") DataSize maxBodySize,
        @DefaultValue("5") int maxRedirects,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("1s") Duration retryBackoff,
        @DefaultValue("60s") Duration maxRetryWait,
        @DefaultValue("2") double defaultRate,
        Map<String, Double> hostRates,
        @DefaultValue("true") boolean robots,
        @DefaultValue("1h") Duration robotsTtl) {

    /** EDGAR's published fair-access limit, shared by all sec.gov hosts. */
    public static final double EDGAR_RATE = 10;

    public FetchProperties {
        allowedHosts = allowedHosts == null ? List.of() : allowedHosts;
        Map<String, Double> rates = new TreeMap<>();
        rates.put("sec.gov", EDGAR_RATE);
        if (hostRates != null) {
            hostRates.forEach((host, rate) -> rates.put(host.toLowerCase(Locale.ROOT), rate));
        }
        hostRates = Map.copyOf(rates);
    }

    /** The allowed hosts, lower-cased, blanks dropped. */
    public Set<String> allowedHostSet() {
        return allowedHosts.stream()
                .map(String::strip)
                .filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
