package org.pactwatch.ingest.fetch;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One rate limiter per host, or per configured domain: every host under {@code sec.gov} shares the EDGAR
 * limiter. Permits are spread evenly (one every 1/rate seconds) rather than in bursts.
 */
final class HostRateLimits {

    private final Map<String, Double> domainRates;
    private final double defaultRate;
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

    HostRateLimits(Map<String, Double> domainRates, double defaultRate) {
        this.domainRates = domainRates;
        this.defaultRate = defaultRate;
    }

    void acquire(String host) throws FetchException {
        String key = key(host.toLowerCase(Locale.ROOT));
        RateLimiter limiter = limiters.computeIfAbsent(key, k -> create(k, domainRates.getOrDefault(k, defaultRate)));
        if (!limiter.acquirePermission()) {
            throw new FetchException("rate limit for " + host + " not available within "
                    + limiter.getRateLimiterConfig().getTimeoutDuration().toSeconds() + " s");
        }
    }

    private String key(String host) {
        for (String domain : domainRates.keySet()) {
            if (host.equals(domain) || host.endsWith("." + domain)) {
                return domain;
            }
        }
        return host;
    }

    private static RateLimiter create(String key, double perSecond) {
        long nanosPerPermit = Math.max(1, (long) (1_000_000_000L / Math.max(perSecond, 0.001)));
        RateLimiterConfig config = RateLimiterConfig.custom()
                .limitForPeriod(1)
                .limitRefreshPeriod(Duration.ofNanos(nanosPerPermit))
                .timeoutDuration(Duration.ofMinutes(5))
                .build();
        return RateLimiter.of("fetch-" + key, config);
    }
}
