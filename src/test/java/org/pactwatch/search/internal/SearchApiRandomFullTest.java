package org.pactwatch.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactwatch.deal.TestDeals.deal;
import static org.pactwatch.deal.TestDeals.insertDocument;
import static org.pactwatch.deal.TestDeals.usd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactwatch.IntegrationTest;
import org.pactwatch.RandomCases;
import org.pactwatch.deal.ApiClient;
import org.pactwatch.deal.DealPipeline;
import org.pactwatch.deal.ScriptedDealExtractor;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.search.SearchIndex;
import org.pactwatch.security.ApiTokenService;
import org.pactwatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Random calls of the search API in the full tier: 1,000 random query strings and parameters (see {@link
 * RandomQueries}) through the whole application — security, the controller, the Lucene index of a real database and
 * the JSON of the answer — get a 200 or a 400, never a 500. The fast tier's {@code SearchApiRandomTest} sends 300 to
 * the controller alone.
 */
class SearchApiRandomFullTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScriptedDealExtractor extractor;

    @Autowired
    DealPipeline pipeline;

    @Autowired
    SearchIndex index;

    @Autowired
    UserService users;

    @Autowired
    ApiTokenService tokens;

    @Test
    void randomQueriesGetA200OrA400() {
        String text = "Amazon will invest $4 billion in Anthropic, which will spend it on AWS compute in Paris.";
        long document = insertDocument(jdbc, "Amazon backs Anthropic", text, LocalDate.of(2023, 9, 25));
        extractor.script(
                document,
                List.of(deal(
                        DealType.INVESTMENT,
                        DealStatus.ANNOUNCED,
                        "Amazon",
                        "Anthropic",
                        usd("$4 billion", 4_000_000_000L),
                        LocalDate.of(2023, 9, 25),
                        text)));
        pipeline.process(document);
        index.catchUp();

        new ApiClient(baseUrl(), users); // makes the user "analyst"
        // a token rather than a password: BCrypt on every call would take most of the test's time
        String token = tokens.create("analyst", "random search calls");
        HttpClient http = HttpClient.newHttpClient();
        int[] answered = new int[600];
        RandomCases.run("search API", RandomCases.seed(SearchApiRandomTest.SEED), RandomCases.count(1_000), (i, r) -> {
            String call = "/api/v1/search?" + RandomQueries.parameters(r);
            HttpResponse<String> response = send(http, token, call);
            assertThat(response.statusCode())
                    .as("status of GET %s (answer %s)", call, response.body())
                    .isIn(200, 400);
            answered[response.statusCode()]++;
        });
        assertThat(answered[200]).as("200s (400s: %d)", answered[400]).isPositive();
        assertThat(answered[400]).as("400s (200s: %d)", answered[200]).isPositive();
    }

    private HttpResponse<String> send(HttpClient http, String token, String call) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + call))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
