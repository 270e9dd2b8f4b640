package org.pactwatch.ui.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.pactwatch.Browser;
import org.pactwatch.IntegrationTest;
import org.pactwatch.StrategyIntegrationTest;
import org.pactwatch.security.Role;
import org.pactwatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;

class TieUpsBrowserTest extends StrategyIntegrationTest {

    private static final int MAX_TABS = 40;

    @Autowired
    UserService users;

    @Test
    void theTieUpsAreListedAndEnterOnARowShowsItsTwoDealsAndSources() {
        try (Browser browser = new Browser(baseUrl())) {
            browser.login(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
            browser.open("/tieups");
            assertThat(browser.waitFor(By.id("tieups-count")).getText()).isEqualTo("4 tie-ups");
            String table = browser.waitFor(By.id("tieups-table")).getText();
            assertThat(table)
                    .contains("Amazon ⇄ Anthropic", "Amazon ⇄ OpenAI", "Microsoft ⇄ Anthropic")
                    .contains("Anthropic → Amazon Web Services: more than $100 billion")
                    .contains("up to $25 billion", "4.0×", "2.0×", "6.0×", "n/a")
                    .contains("2026-04-14");
            assertThat(browser.driver().findElements(By.tagName("h1"))).hasSize(1);
            browser.screenshot("strategist-tieups");

            // keyboard only: Tab into the grid's rows, Enter opens the first (the latest) tie-up
            tabIntoRows(browser);
            new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
            assertThat(browser.waitFor(By.id("tieups-detail-title")).getText())
                    .isEqualTo("Amazon ⇄ Anthropic: 4.0× committed per dollar invested");
            String deals = browser.waitFor(By.id("tieups-detail-deals")).getText();
            assertThat(deals).contains("up to $25 billion", "more than $100 billion", "Amazon Web Services");
            assertThat(browser.waitFor(By.id("tieups-detail-sources")).getText())
                    .contains("Commitment: Anthropic commits more than $100 billion to AWS")
                    .contains("Investment: Amazon deepens Anthropic tie-up — Test Wire, 2026-04-15");

            browser.open("/tieups?window=36&company=" + fixture.company("Alphabet"));
            browser.waitUntil(
                    d -> browser.waitFor(By.id("tieups-count")).getText().equals("1 tie-up"));
            assertThat(browser.waitFor(By.id("tieups-table")).getText())
                    .contains("Alphabet ⇄ Anthropic", "Google → Anthropic: $2 billion");
        }
    }

    @Test
    void theTimelineLinksTheTwoDealsOfEachTieUpAndTheComparisonListsThem() {
        try (Browser browser = new Browser(baseUrl())) {
            browser.login(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
            browser.open("/timeline");
            browser.waitFor(By.cssSelector("pw-timeline-chart[data-rendered='true']"));
            @SuppressWarnings("unchecked")
            Map<String, Object> shown =
                    (Map<String, Object>) browser.script("return document.getElementById('timeline-chart').summary()");
            assertThat(shown)
                    .as("Amazon ⇄ Anthropic 2023 and 2026, Amazon ⇄ OpenAI 2026")
                    .containsEntry("tieUps", 3L)
                    .containsEntry("bubbles", 7L);
            assertThat((Long) browser.script("""
                            const chart = document.getElementById('timeline-chart').echarts();
                            return chart.getOption().series.filter(s => s.name.startsWith('Tie-up')).length;
                            """)).isEqualTo(3L);
            browser.screenshot("strategist-timeline-tieups");

            browser.open("/compare");
            browser.waitFor(By.cssSelector("pw-compare-chart[data-rendered='true']"));
            assertThat(browser.waitFor(By.id("compare-table")).getText())
                    .contains("Tie-ups (investment → commitment back)")
                    .contains("Amazon ⇄ OpenAI: $50 billion (2026-02-10) → $100 billion (2026-02-10), 2.0× committed"
                            + " per dollar invested");
        }
    }

    @Test
    void regulatorsOpenTheTieUpsButNotTheStrategistViews() {
        if (users.find("tieups-regulator").isEmpty()) {
            users.create("test", "tieups-regulator", "regulator-pass-2", java.util.Set.of(Role.REGULATOR));
        }
        try (Browser browser = new Browser(baseUrl())) {
            browser.login("tieups-regulator", "regulator-pass-2");
            browser.open("/tieups");
            assertThat(browser.waitFor(By.id("tieups-count")).getText()).isEqualTo("4 tie-ups");
            assertThat(browser.waitFor(By.id("main-nav")).getText())
                    .contains("Tie-ups")
                    .doesNotContain("Timeline");
        }
    }

    private static void tabIntoRows(Browser browser) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (Boolean.TRUE.equals(browser.script("""
                    const grid = document.getElementById('tieups-table');
                    const inner = document.activeElement === grid && grid.shadowRoot.activeElement;
                    return !!inner && !!inner.closest('#items');
                    """))) {
                return;
            }
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("Tab never reached the tie-ups grid's rows");
    }
}
