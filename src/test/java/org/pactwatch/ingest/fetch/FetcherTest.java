package org.pactwatch.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactwatch.ingest.SampleCorpus;
import org.pactwatch.ingest.SampleSite;
import org.pactwatch.ingest.SampleSite.Response;
import org.springframework.util.unit.DataSize;

/** The fetcher against a local server: politeness, conditional GET, retries, limits and address checks. */
class FetcherTest {

    private static final String AGENT = "PactwatchTest/1.0 (Example Corp; test@example.com)";
    private static SampleSite site;

    @BeforeAll
    static void start() {
        site = new SampleSite(SampleCorpus.load());
        AtomicInteger rateLimited = new AtomicInteger();
        site.route(
                        "/faults/429",
                        x -> rateLimited.incrementAndGet() == 1
                                ? new Response(429, "text/plain", "slow down".getBytes(), Map.of("Retry-After", "1"))
                                : Response.of("text/html", "<p>finally</p>"))
                .route("/faults/500", x -> new Response(500, "text/plain", "boom".getBytes(), Map.of()))
                .route("/faults/404", x -> new Response(404, "text/plain", "gone".getBytes(), Map.of()))
                .route("/faults/slow", x -> {
                    try {
                        Thread.sleep(3_000); // the server is slow on purpose; the client must give up first
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return Response.of("text/html", "<p>too late</p>");
                })
                .route("/faults/loop-a", x -> redirect("/faults/loop-b"))
                .route("/faults/loop-b", x -> redirect("/faults/loop-a"))
                .route("/faults/hop1", x -> redirect("/faults/hop2"))
                .route("/faults/hop2", x -> redirect("/faults/hop3"))
                .route("/faults/hop3", x -> Response.of("text/html", "<p>arrived</p>"))
                .route(
                        "/faults/to-metadata",
                        x -> new Response(
                                302, null, new byte[0], Map.of("Location", "http://169.254.169.254/latest/meta-data/")))
                .route("/faults/huge", x -> Response.of("text/html", "x".repeat(2 * 1024 * 1024)))
                .route("/faults/image", x -> new Response(200, "image/png", new byte[] {1, 2, 3}, Map.of()))
                .route("/private/secret.html", x -> Response.of("text/html", "<p>secret</p>"))
                .route(
                        "/faults/latin1",
                        x -> new Response(
                                200,
                                "text/html",
                                "<p>Soci\u00e9t\u00e9 G\u00e9n\u00e9rale</p>".getBytes(StandardCharsets.ISO_8859_1),
                                Map.of()))
                .xmlWithEtag("/feeds/etag.xml", site.rss(site.corpus().news().subList(0, 3)), "application/rss+xml");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Response redirect(String to) {
        return new Response(302, null, new byte[0], Map.of("Location", to));
    }

    private static FetchProperties properties(List<String> allowed, double rate, long maxBytes) {
        return new FetchProperties(
                AGENT,
                "pactwatch",
                allowed,
                Duration.ofSeconds(2),
                Duration.ofMillis(700),
                DataSize.ofBytes(maxBytes),
                5,
                3,
                Duration.ofMillis(50),
                Duration.ofSeconds(2),
                rate,
                Map.of(),
                true,
                Duration.ofHours(1));
    }

    private static Fetcher fetcher() {
        return new Fetcher(properties(List.of("127.0.0.1"), 1000, 1024 * 1024), new MemoryState());
    }

    private static URI url(String path) {
        return URI.create(site.base() + path);
    }

    @Test
    void sendsTheConfiguredUserAgentAndDecodesText() throws Exception {
        FetchResult result = fetcher().get(url("/faults/hop3"), FetchOptions.of(FetchOptions.HTML));
        assertThat(result.text()).isEqualTo("<p>arrived</p>");
        assertThat(site.userAgent("/faults/hop3")).isEqualTo(AGENT);
    }

    @Test
    void conditionalGetAnswersNotModifiedOnceRemembered() throws Exception {
        Fetcher fetcher = fetcher();
        FetchOptions options = FetchOptions.of(FetchOptions.XML).conditionalGet();
        FetchResult first = fetcher.get(url("/feeds/etag.xml"), options);
        assertThat(first.notModified()).isFalse();
        assertThat(first.etag()).isNotBlank();
        assertThat(fetcher.get(url("/feeds/etag.xml"), options).notModified())
                .as("validators are only stored once the content was processed")
                .isFalse();
        fetcher.remember(first);
        FetchResult second = fetcher.get(url("/feeds/etag.xml"), options);
        assertThat(second.notModified()).isTrue();
        assertThat(second.body()).isEmpty();
    }

    @Test
    void retriesTooManyRequestsAfterTheRetryAfterDelay() throws Exception {
        long start = System.nanoTime();
        FetchResult result = fetcher().get(url("/faults/429"), FetchOptions.of(FetchOptions.HTML));
        assertThat(result.text()).contains("finally");
        assertThat(site.hits("/faults/429")).isEqualTo(2);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void givesUpOnServerErrorsAfterTheConfiguredAttempts() {
        int before = site.hits("/faults/500");
        assertThatThrownBy(() -> fetcher().get(url("/faults/500"), FetchOptions.of(FetchOptions.HTML)))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("HTTP 500")
                .hasMessageContaining("after 3 attempts");
        assertThat(site.hits("/faults/500") - before).isEqualTo(3);
    }

    @Test
    void doesNotRetryNotFound() {
        assertThatThrownBy(() -> fetcher().get(url("/faults/404"), FetchOptions.of(FetchOptions.HTML)))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("HTTP 404");
        assertThat(site.hits("/faults/404")).isEqualTo(1);
    }

    @Test
    void timesOutOnASlowServer() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> fetcher().get(url("/faults/slow"), FetchOptions.of(FetchOptions.HTML)))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void followsAFewRedirectsButStopsALoop() throws Exception {
        FetchResult result = fetcher().get(url("/faults/hop1"), FetchOptions.of(FetchOptions.HTML));
        assertThat(result.finalUri().getPath()).isEqualTo("/faults/hop3");
        assertThatThrownBy(() -> fetcher().get(url("/faults/loop-a"), FetchOptions.of(FetchOptions.HTML)))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("more than 5 redirects");
    }

    @Test
    void refusesARedirectToAnInternalAddress() {
        assertThatThrownBy(() -> fetcher().get(url("/faults/to-metadata"), FetchOptions.of(FetchOptions.HTML)))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("169.254.169.254");
    }

    @Test
    void honoursRobotsTxt() {
        assertThatThrownBy(() -> fetcher().get(url("/private/secret.html"), FetchOptions.of(FetchOptions.HTML)))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("robots.txt");
        assertThat(site.hits("/private/secret.html")).isZero();
    }

    @Test
    void refusesBodiesLargerThanTheLimit() {
        Fetcher small = new Fetcher(properties(List.of("127.0.0.1"), 1000, 64 * 1024), new MemoryState());
        assertThatThrownBy(() -> small.get(url("/faults/huge"), FetchOptions.of(FetchOptions.HTML)))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("larger than the limit");
    }

    @Test
    void checksTheContentType() {
        assertThatThrownBy(() -> fetcher().get(url("/faults/image"), FetchOptions.of(FetchOptions.HTML)))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("unexpected content type image/png");
    }

    @Test
    void refusesLoopbackUnlessAllowedAndNonHttpSchemes() {
        Fetcher strict = new Fetcher(properties(List.of(), 1000, 1024 * 1024), new MemoryState());
        assertThatThrownBy(() -> strict.get(url("/faults/hop3"), FetchOptions.of(FetchOptions.HTML)))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("internal address 127.0.0.1")
                .hasMessageContaining("PACTWATCH_FETCH_ALLOWED_HOSTS");
        assertThatThrownBy(() -> strict.get(URI.create("http://10.1.2.3/"), FetchOptions.of(FetchOptions.HTML)))
                .hasMessageContaining("internal address");
        assertThatThrownBy(() -> strict.get(URI.create("http://[::1]:8080/"), FetchOptions.of(FetchOptions.HTML)))
                .hasMessageContaining("internal address");
        assertThatThrownBy(() -> strict.get(URI.create("file:///etc/passwd"), FetchOptions.of(FetchOptions.HTML)))
                .hasMessageContaining("only http and https");
        assertThatThrownBy(() -> strict.get(URI.create("ftp://example.com/x"), FetchOptions.of(FetchOptions.HTML)))
                .hasMessageContaining("only http and https");
    }

    @Test
    void keepsToTheHostRateLimit() throws Exception {
        Fetcher limited = new Fetcher(properties(List.of("127.0.0.1"), 10, 1024 * 1024), new MemoryState());
        limited.get(url("/faults/hop3"), FetchOptions.of(FetchOptions.HTML)); // robots.txt and first permit
        long start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            limited.get(url("/faults/hop3"), FetchOptions.of(FetchOptions.HTML));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(850));
    }

    @Test
    void edgarHostsShareTheTenPerSecondLimit() {
        FetchProperties defaults = properties(List.of(), 2, 1024);
        assertThat(defaults.hostRates()).containsEntry("sec.gov", FetchProperties.EDGAR_RATE);
        assertThat(FetchProperties.EDGAR_RATE).isLessThanOrEqualTo(10);
    }

    @Test
    void decodesLatin1WithoutADeclaredCharset() throws Exception {
        FetchResult result = fetcher().get(url("/faults/latin1"), FetchOptions.of(FetchOptions.HTML));
        assertThat(TextDecoder.decodeHtml(result.body(), result.charset())).contains("Société Générale");
    }

    @Test
    void parsesRetryAfterInSecondsAndAsADate() {
        assertThat(Fetcher.retryAfterMillis("3")).contains(3000L);
        assertThat(Fetcher.retryAfterMillis("soon")).isEmpty();
        assertThat(Fetcher.retryAfterMillis("Wed, 21 Oct 2015 07:28:00 GMT"))
                .get()
                .matches(ms -> ms < 0);
    }

    static final class MemoryState implements FetchStateStore {
        private final Map<String, Validators> state = new ConcurrentHashMap<>();

        @Override
        public Optional<Validators> find(String url) {
            return Optional.ofNullable(state.get(url));
        }

        @Override
        public void save(String url, Validators validators) {
            state.put(url, validators);
        }
    }
}
