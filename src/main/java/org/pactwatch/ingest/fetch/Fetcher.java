package org.pactwatch.ingest.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.pactwatch.ingest.fetch.FetchStateStore.Validators;
import org.springframework.stereotype.Component;

/**
 * The one way ingest reads the web: identifies itself, keeps to per-host rate limits and robots.txt, sends
 * conditional GETs, retries 429/5xx with backoff (honouring Retry-After), bounds time, size and redirects,
 * checks content types, and refuses internal addresses. Redirects are followed here, hop by hop, so every hop
 * passes the same checks.
 */
@Component
public final class Fetcher {

    private static final List<Integer> REDIRECTS = List.of(301, 302, 303, 307, 308);
    private static final String ROBOTS_PATH = "/robots.txt";

    private final FetchProperties properties;
    private final FetchStateStore state;
    private final AddressPolicy addressPolicy;
    private final HostRateLimits rateLimits;
    private final HttpClient client;
    private final Retry retry;
    private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();
    private final Map<String, CachedRules> robots = new ConcurrentHashMap<>();

    private record CachedRules(BaseRobotRules rules, Instant expires) {}

    public Fetcher(FetchProperties properties, FetchStateStore state) {
        this.properties = properties;
        this.state = state;
        this.addressPolicy = new AddressPolicy(properties.allowedHostSet());
        this.rateLimits = new HostRateLimits(properties.hostRates(), properties.defaultRate());
        this.client = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.retry = Retry.of(
                "fetch",
                RetryConfig.<HttpResponse<byte[]>>custom()
                        .maxAttempts(Math.max(1, properties.maxAttempts()))
                        .retryOnResult(response -> isRetryable(response.statusCode()))
                        .retryOnException(e -> e instanceof IOException)
                        .intervalBiFunction(
                                (attempt, outcome) -> waitMillis(attempt, outcome.isRight() ? outcome.get() : null))
                        .failAfterMaxAttempts(false)
                        .build());
    }

    public String userAgent() {
        return properties.userAgent();
    }

    /** GETs a URL; throws with a readable reason when the body cannot be used. */
    public FetchResult get(URI uri, FetchOptions options) throws FetchException {
        long limit = options.maxBytes() > 0
                ? Math.min(options.maxBytes(), properties.maxBodySize().toBytes())
                : properties.maxBodySize().toBytes();
        Optional<Validators> validators = options.conditional() ? state.find(uri.toString()) : Optional.empty();
        URI current = uri;
        for (int hop = 0; ; hop++) {
            addressPolicy.check(current);
            if (properties.robots()) {
                checkRobots(current);
            }
            HttpResponse<byte[]> response = exchange(current, hop == 0 ? validators : Optional.empty(), limit);
            int status = response.statusCode();
            if (REDIRECTS.contains(status)) {
                if (hop >= properties.maxRedirects()) {
                    throw new FetchException(
                            "more than " + properties.maxRedirects() + " redirects from " + uri, status, null);
                }
                current = redirectTarget(current, response);
                continue;
            }
            if (status == 304) {
                return new FetchResult(uri, current, status, true, new byte[0], null, null, null, null);
            }
            if (status < 200 || status > 299) {
                String attempts = isRetryable(status) ? " after " + properties.maxAttempts() + " attempts" : "";
                throw new FetchException("HTTP " + status + " from " + current + attempts, status, null);
            }
            String contentType = response.headers().firstValue("content-type").orElse("");
            String mediaType = mediaType(contentType);
            if (!options.accepts(mediaType)) {
                throw new FetchException("unexpected content type " + mediaType + " from " + current, status, null);
            }
            return new FetchResult(
                    uri,
                    current,
                    status,
                    false,
                    response.body(),
                    mediaType.isEmpty() ? null : mediaType,
                    charset(contentType),
                    response.headers().firstValue("etag").orElse(null),
                    response.headers().firstValue("last-modified").orElse(null));
        }
    }

    /**
     * Stores the validators of a result once its content was fully processed, so that the next conditional
     * GET can be answered with 304 — never before, or a crash would make content look already seen.
     */
    public void remember(FetchResult result) {
        if (!result.notModified() && (result.etag() != null || result.lastModified() != null)) {
            state.save(result.requested().toString(), new Validators(result.etag(), result.lastModified()));
        }
    }

    private HttpResponse<byte[]> exchange(URI uri, Optional<Validators> validators, long limit) throws FetchException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(properties.readTimeout())
                .header("User-Agent", properties.userAgent())
                .header("Accept", "*/*");
        validators.ifPresent(v -> {
            if (v.etag() != null) {
                request.header("If-None-Match", v.etag());
            }
            if (v.lastModified() != null) {
                request.header("If-Modified-Since", v.lastModified());
            }
        });
        HttpRequest built = request.build();
        try {
            return Retry.decorateCheckedSupplier(retry, () -> {
                        rateLimits.acquire(uri.getHost());
                        return sendOnce(built, limit);
                    })
                    .get();
        } catch (FetchException e) {
            throw e;
        } catch (HttpTimeoutException e) {
            throw new FetchException("timed out fetching " + uri + " (" + e.getMessage() + ")", 0, e);
        } catch (IOException e) {
            throw new FetchException("cannot fetch " + uri + ": " + describe(e), 0, e);
        } catch (Throwable e) {
            throw new FetchException("cannot fetch " + uri + ": " + describe(e), 0, e);
        }
    }

    private HttpResponse<byte[]> sendOnce(HttpRequest request, long limit) throws IOException, FetchException {
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> {
            if (info.statusCode() < 200 || info.statusCode() > 299) {
                return HttpResponse.BodySubscribers.replacing(new byte[0]);
            }
            long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
            return new LimitedBodySubscriber(limit, declared > limit);
        });
        long timeout = properties.readTimeout().toMillis();
        try {
            return future.get(timeout, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new HttpTimeoutException("no complete response within " + timeout + " ms");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while fetching " + request.uri());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof LimitedBodySubscriber.TooLarge) {
                throw new FetchException(
                        "response of " + request.uri() + " is larger than the limit of " + limit + " bytes");
            }
            if (cause instanceof IOException io) {
                if (io.getCause() instanceof LimitedBodySubscriber.TooLarge) {
                    throw new FetchException(
                            "response of " + request.uri() + " is larger than the limit of " + limit + " bytes");
                }
                throw io;
            }
            throw new IOException(describe(cause), cause);
        }
    }

    private void checkRobots(URI uri) throws FetchException {
        if (ROBOTS_PATH.equals(uri.getRawPath())) {
            return;
        }
        String origin = origin(uri);
        CachedRules cached = robots.get(origin);
        if (cached == null || cached.expires().isBefore(Instant.now())) {
            cached = new CachedRules(fetchRobots(origin), Instant.now().plus(properties.robotsTtl()));
            robots.put(origin, cached);
        }
        if (!cached.rules().isAllowed(uri.toString())) {
            throw new FetchException("robots.txt of " + uri.getHost() + " disallows " + uri.getRawPath(), 0, null);
        }
    }

    private BaseRobotRules fetchRobots(String origin) {
        URI current = URI.create(origin + ROBOTS_PATH);
        try {
            for (int hop = 0; hop <= properties.maxRedirects(); hop++) {
                addressPolicy.check(current);
                HttpResponse<byte[]> response = exchange(current, Optional.empty(), 512 * 1024);
                int status = response.statusCode();
                if (REDIRECTS.contains(status)) {
                    current = redirectTarget(current, response);
                    continue;
                }
                if (status >= 200 && status <= 299) {
                    return robotsParser.parseContent(
                            current.toString(),
                            response.body(),
                            response.headers().firstValue("content-type").orElse("text/plain"),
                            List.of(properties.robotsAgent().toLowerCase(Locale.ROOT)));
                }
                return robotsParser.failedFetch(status);
            }
        } catch (FetchException e) {
            return robotsParser.failedFetch(503);
        }
        return robotsParser.failedFetch(404);
    }

    private static URI redirectTarget(URI current, HttpResponse<?> response) throws FetchException {
        String location = response.headers()
                .firstValue("location")
                .orElseThrow(() -> new FetchException("redirect without Location from " + current));
        try {
            return current.resolve(URI.create(location.strip()));
        } catch (IllegalArgumentException e) {
            throw new FetchException("bad redirect Location '" + location + "' from " + current);
        }
    }

    private long waitMillis(int attempt, HttpResponse<byte[]> response) {
        long max = properties.maxRetryWait().toMillis();
        if (response != null) {
            Optional<Long> retryAfter =
                    response.headers().firstValue("retry-after").flatMap(Fetcher::retryAfterMillis);
            if (retryAfter.isPresent()) {
                return Math.min(Math.max(retryAfter.get(), 0), max);
            }
        }
        long backoff = properties.retryBackoff().toMillis() << Math.min(attempt - 1, 10);
        return Math.min(backoff, max);
    }

    static Optional<Long> retryAfterMillis(String value) {
        String trimmed = value.strip();
        try {
            return Optional.of(Long.parseLong(trimmed) * 1000);
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
                return Optional.of(
                        Duration.between(Instant.now(), at.toInstant()).toMillis());
            } catch (DateTimeParseException ignored) {
                return Optional.empty();
            }
        }
    }

    private static boolean isRetryable(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    private static String origin(URI uri) {
        int port = uri.getPort();
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (port == -1 ? "" : ":" + port);
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    private static Charset charset(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return TextDecoder.charset(p.substring("charset=".length()));
            }
        }
        return null;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
