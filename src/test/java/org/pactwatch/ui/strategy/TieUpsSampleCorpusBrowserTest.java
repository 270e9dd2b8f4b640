package org.pactwatch.ui.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.pactwatch.AppProcess;
import org.pactwatch.Browser;
import org.pactwatch.FullTier;
import org.pactwatch.ingest.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fresh start as a new user has it: an empty data directory, the bundled sample corpus loaded and extracted, and
 * the Tie-ups view showing the pairs the product is about — Amazon's investments in Anthropic and Anthropic's
 * commitments to AWS among them.
 */
@FullTier
class TieUpsSampleCorpusBrowserTest {

    private static final String PASSWORD = "Sample-pass-1";
    private static final Duration START = Duration.ofMinutes(4);
    private static final Duration EXTRACTED = Duration.ofMinutes(8);

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dataDir;

    @Test
    void aFreshStartShowsAmazonAndAnthropicAsATieUp() {
        try (AppProcess app = new AppProcess(
                dataDir, Map.of("PACTWATCH_ADMIN_PASSWORD", PASSWORD, "PACTWATCH_SAMPLE_DATA", "true"), List.of())) {
            app.start(START);
            ApiClient api = new ApiClient(app.baseUrl(), JsonMapper.builder().build());
            // the sample corpus loads as the first job and is extracted after it; tie-ups appear as deals do
            JsonNode tieUps = await().atMost(EXTRACTED)
                    .pollInterval(Duration.ofSeconds(2))
                    .until(
                            () -> api.get("/api/v1/tieups", "admin", PASSWORD).json(),
                            TieUpsSampleCorpusBrowserTest::pairsAmazonAndAnthropic);
            JsonNode amazonAnthropic = first(tieUps, "Amazon", "Anthropic");
            assertThat(amazonAnthropic
                            .path("commitment")
                            .path("deal")
                            .path("payee")
                            .path("name")
                            .asString())
                    .isIn("Amazon", "Amazon Web Services");
            assertThat(amazonAnthropic.path("investment").path("sources")).isNotEmpty();

            try (Browser browser = new Browser(app.baseUrl())) {
                browser.login("admin", PASSWORD);
                browser.open("/tieups");
                // extraction may still add deals (and so pairs) while the browser opens the view
                assertThat(browser.waitFor(By.id("tieups-count")).getText()).matches("\\d+ tie-ups");
                String table = browser.waitFor(By.id("tieups-table")).getText();
                assertThat(table).contains("Amazon ⇄ Anthropic", "Anthropic → Amazon");
                browser.screenshot("sample-tieups");

                browser.open("/timeline");
                browser.waitFor(By.cssSelector("pw-timeline-chart[data-rendered='true']"));
                assertThat((Long) browser.script("return document.getElementById('timeline-chart').summary().tieUps"))
                        .as("the default story (Amazon, OpenAI, Anthropic) draws its tie-ups as linked bubbles")
                        .isPositive();
            }
        }
    }

    private static boolean pairsAmazonAndAnthropic(JsonNode tieUps) {
        return tieUps != null && first(tieUps, "Amazon", "Anthropic") != null;
    }

    private static JsonNode first(JsonNode tieUps, String investor, String investee) {
        for (JsonNode tieUp : tieUps) {
            if (tieUp.path("investor").path("name").asString().equals(investor)
                    && tieUp.path("investee").path("name").asString().equals(investee)) {
                return tieUp;
            }
        }
        return null;
    }
}
