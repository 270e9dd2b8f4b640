package org.pactwatch.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pactwatch.StrategyIntegrationTest;
import org.pactwatch.security.Role;
import org.pactwatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class TieUpApiTest extends StrategyIntegrationTest {

    private static final String PASSWORD = "tieup-pass-1";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    UserService users;

    @Autowired
    JsonMapper json;

    @Test
    void strategistsAnalystsAndRegulatorsReadTieUpsOthersAreRefused() throws Exception {
        user("tieup-strategist", Role.STRATEGIST);
        user("tieup-analyst", Role.ANALYST);
        user("tieup-regulator", Role.REGULATOR);
        assertThat(get("/api/v1/tieups", null).statusCode()).isEqualTo(401);
        for (String user : new String[] {"tieup-strategist", "tieup-analyst", "tieup-regulator"}) {
            assertThat(get("/api/v1/tieups", user).statusCode()).as(user).isEqualTo(200);
        }
    }

    @Test
    void listsPairsWithBothDealsRatioAndSourcesNarrowedByCompanyAndWindow() throws Exception {
        user("tieup-strategist", Role.STRATEGIST);

        HttpResponse<String> answer =
                get("/api/v1/tieups?company=" + fixture.company("Amazon Web Services"), "tieup-strategist");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode tieUps = json.readTree(answer.body());
        assertThat(tieUps).hasSize(3);
        JsonNode first = tieUps.get(0);
        assertThat(first.path("investor").path("name").asString()).isEqualTo("Amazon");
        assertThat(first.path("investee").path("name").asString()).isEqualTo("Anthropic");
        assertThat(first.path("ratio").asDouble()).isEqualTo(4.0);
        assertThat(first.path("investment").path("deal").path("id").asLong())
                .isEqualTo(fixture.deal("amazon-anthropic-2026"));
        assertThat(first.path("commitment")
                        .path("deal")
                        .path("payee")
                        .path("name")
                        .asString())
                .isEqualTo("Amazon Web Services");
        assertThat(first.path("commitment").path("sources").get(0).path("title").asString())
                .isEqualTo("Anthropic commits more than $100 billion to AWS");

        JsonNode wide =
                json.readTree(get("/api/v1/tieups?windowMonths=36&from=2023-01-01&to=2025-12-31", "tieup-strategist")
                        .body());
        assertThat(wide)
                .extracting(t -> t.path("investor").path("name").asString() + " ⇄ "
                        + t.path("investee").path("name").asString())
                .containsExactly(
                        "Microsoft ⇄ Anthropic", "Microsoft ⇄ OpenAI", "Alphabet ⇄ Anthropic", "Amazon ⇄ Anthropic");

        HttpResponse<String> bad = get("/api/v1/tieups?windowMonths=500", "tieup-strategist");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("windowMonths is 0 to 120");
    }

    private void user(String name, Role role) {
        if (users.find(name).isEmpty()) {
            users.create("test", name, PASSWORD, Set.of(role));
        }
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET();
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
