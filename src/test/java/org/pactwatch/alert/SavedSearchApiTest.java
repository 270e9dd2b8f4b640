package org.pactwatch.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pactwatch.IntegrationTest;
import org.pactwatch.deal.ApiClient;
import org.pactwatch.deal.DealPipeline;
import org.pactwatch.deal.ScriptedDealExtractor;
import org.pactwatch.deal.TestDeals;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** /api/v1/saved-searches and the per-search Atom feed, over HTTP on the real database. */
class SavedSearchApiTest extends IntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScriptedDealExtractor extractor;

    @Autowired
    DealPipeline pipeline;

    @BeforeEach
    void users() {
        new ApiClient(baseUrl(), users);
    }

    @Test
    void savedSearchesAreCreatedListedFedAndDeletedPerUser() throws Exception {
        String token = "Zephyr" + System.nanoTime();
        HttpResponse<String> created = send("strategist", "POST", "/api/v1/saved-searches", """
                {"name": "Zephyr deals", "q": "%s", "filters": {"dealType": ["INVESTMENT"]}}
                """.formatted(token));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(created.body());
        long id = body.get("id").asLong();
        assertThat(body.get("search").asString()).isEqualTo("q=" + token + "&dealType=INVESTMENT");
        String feedUrl = body.get("feedUrl").asString();
        assertThat(feedUrl).contains("/feeds/saved-searches/pwf_").endsWith(".atom");

        assertThat(send("strategist", "GET", "/api/v1/saved-searches", null).body())
                .contains("Zephyr deals");
        assertThat(send("regulator", "GET", "/api/v1/saved-searches/" + id, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(send(null, "GET", "/api/v1/saved-searches", null).statusCode())
                .isEqualTo(401);

        long documentId = TestDeals.insertDocument(
                jdbc, token + " report", "Aquila invests $90 million in " + token + " Energy.", LocalDate.now());
        extractor.script(
                documentId,
                List.of(TestDeals.deal(
                        DealType.INVESTMENT,
                        DealStatus.ANNOUNCED,
                        "Aquila " + token,
                        token + " Energy",
                        TestDeals.usd("$90 million", 90_000_000L),
                        LocalDate.now(),
                        "Aquila invests $90 million in " + token + " Energy.")));
        pipeline.process(documentId);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        HttpResponse<String> feed = get(feedUrl);
        while (!feed.body().contains("Aquila " + token) && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(200_000_000L);
            feed = get(feedUrl);
        }
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        assertThat(feed.body()).contains("<feed").contains("Aquila " + token).contains("/deals/");

        assertThat(send("strategist", "DELETE", "/api/v1/saved-searches/" + id + "/feed-link", null)
                        .statusCode())
                .isEqualTo(204);
        assertThat(get(feedUrl).statusCode()).isEqualTo(404);
        assertThat(send("strategist", "DELETE", "/api/v1/saved-searches/" + id, null)
                        .statusCode())
                .isEqualTo(204);
        assertThat(send("strategist", "GET", "/api/v1/saved-searches/" + id, null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void badSyntaxAndBadFiltersAreRefusedWithAReadableError() throws Exception {
        HttpResponse<String> quote = send("analyst", "POST", "/api/v1/saved-searches", """
                {"name": "broken", "q": "\\"unclosed"}
                """);
        assertThat(quote.statusCode()).isEqualTo(400);
        assertThat(json.readTree(quote.body()).get("error").asString()).contains("unclosed quote");

        HttpResponse<String> filter = send("analyst", "POST", "/api/v1/saved-searches", """
                {"name": "x", "q": "openai", "filters": {"colour": ["red"]}}
                """);
        assertThat(filter.statusCode()).isEqualTo(400);
        assertThat(filter.body()).contains("unknown filter colour");

        HttpResponse<String> noName = send("analyst", "POST", "/api/v1/saved-searches", """
                {"name": " ", "q": "openai"}
                """);
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(get(baseUrl() + "/feeds/saved-searches/pwf_nope.atom").statusCode())
                .isEqualTo(404);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (user + ":" + ApiClient.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
