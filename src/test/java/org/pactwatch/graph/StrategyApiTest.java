package org.pactwatch.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pactwatch.StrategyIntegrationTest;
import org.pactwatch.security.Role;
import org.pactwatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StrategyApiTest extends StrategyIntegrationTest {

    private static final String PASSWORD = "strategy-pass-1";

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    UserService users;

    @Autowired
    JsonMapper json;

    @Test
    void strategistsAndAnalystsReadRegulatorsAreRefused() throws Exception {
        user("api-strategist", Role.STRATEGIST);
        user("api-analyst", Role.ANALYST);
        user("api-regulator", Role.REGULATOR);
        String timeline = "/api/v1/timeline?companies=" + fixture.company("Amazon") + "," + fixture.company("OpenAI")
                + "&between=true";
        for (String path : new String[] {timeline, "/api/v1/graph", "/api/v1/loops", "/api/v1/compare?companies=1"}) {
            assertThat(get(path, null).statusCode()).as("anonymous " + path).isEqualTo(401);
            assertThat(get(path, "api-regulator").statusCode())
                    .as("regulator " + path)
                    .isEqualTo(403);
            assertThat(get(path, "api-analyst").statusCode())
                    .as("analyst " + path)
                    .isEqualTo(200);
        }
        HttpResponse<String> answer = get(timeline, "api-strategist");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"lane\":\"Amazon → OpenAI\"").contains("\"dealDate\":\"2026-02-10\"");
    }

    @Test
    void graphAsGraphMlLoopsAndComparisonsAnswerJson() throws Exception {
        user("api-strategist", Role.STRATEGIST);
        HttpResponse<String> graphMl = get("/api/v1/graph?rollUp=true&format=graphml", "api-strategist");
        assertThat(graphMl.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/graphml+xml"));
        assertThat(graphMl.body()).contains("<data key=\"name\">Alphabet</data>");

        HttpResponse<String> loops = get("/api/v1/loops", "api-strategist");
        assertThat(loops.body()).contains("\"truncated\":false").contains("CoreWeave");

        String key = fixture.company("OpenAI") + "-" + fixture.company("CoreWeave") + "-" + fixture.company("Nvidia");
        assertThat(get("/api/v1/loops/" + key, "api-strategist").body()).contains("\"amountText\":\"$22.4 billion\"");

        String pairs = fixture.company("Amazon") + "-" + fixture.company("Anthropic");
        assertThat(get("/api/v1/compare?pairs=" + pairs, "api-strategist").body())
                .contains("\"investedOut\":3.3E10");
        assertThat(get("/api/v1/graph?types=LOANS", "api-strategist").statusCode())
                .isEqualTo(400);
    }

    @Test
    void strategistsAnalystsAndRegulatorsReadTieUpsOthersAreRefused() throws Exception {
        user("api-strategist", Role.STRATEGIST);
        user("api-analyst", Role.ANALYST);
        user("api-regulator", Role.REGULATOR);
        assertThat(get("/api/v1/tieups", null).statusCode()).isEqualTo(401);
        for (String user : new String[] {"api-strategist", "api-analyst", "api-regulator"}) {
            assertThat(get("/api/v1/tieups", user).statusCode()).as(user).isEqualTo(200);
        }
    }

    @Test
    void listsPairsWithBothDealsRatioAndSourcesNarrowedByCompanyAndWindow() throws Exception {
        user("api-strategist", Role.STRATEGIST);

        HttpResponse<String> answer =
                get("/api/v1/tieups?company=" + fixture.company("Amazon Web Services"), "api-strategist");

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
                json.readTree(get("/api/v1/tieups?windowMonths=36&from=2023-01-01&to=2025-12-31", "api-strategist")
                        .body());
        assertThat(wide)
                .extracting(t -> t.path("investor").path("name").asString() + " ⇄ "
                        + t.path("investee").path("name").asString())
                .containsExactly(
                        "Microsoft ⇄ Anthropic", "Microsoft ⇄ OpenAI", "Alphabet ⇄ Anthropic", "Amazon ⇄ Anthropic");

        HttpResponse<String> bad = get("/api/v1/tieups?windowMonths=500", "api-strategist");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("windowMonths is 0 to 120");
    }

    private void user(String name, Role role) {
        if (users.find(name).isEmpty()) {
            users.create("test", name, PASSWORD, Set.copyOf(EnumSet.of(role)));
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
