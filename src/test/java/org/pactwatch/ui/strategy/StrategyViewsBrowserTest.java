package org.pactwatch.ui.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pactwatch.Browser;
import org.pactwatch.IntegrationTest;
import org.pactwatch.StrategyIntegrationTest;

class StrategyViewsBrowserTest extends StrategyIntegrationTest {

    @Test
    void compareShowsTheFourRelationshipsInChartAndTable() {
        try (Browser browser = signedIn()) {
            browser.open("/compare");
            browser.waitFor(By.cssSelector("pw-compare-chart[data-rendered='true']"));
            assertThat(summary(browser, "compare-chart")).containsEntry("groups", 4L);
            String table = browser.waitFor(By.id("compare-table")).getText();
            assertThat(table)
                    .contains("Amazon – OpenAI", "Amazon – Anthropic", "Microsoft – OpenAI", "Google – Anthropic");
            assertThat(table).contains("$33B").contains("$250B");
            assertThat(browser.driver().getCurrentUrl()).contains("pairs=");
            assertThat((String) browser.script(
                            "return document.getElementById('compare-chart').pngDataUrl().substring(0, 22)"))
                    .isEqualTo("data:image/png;base64,");
            browser.screenshot("strategist-compare");
        }
    }

    @Test
    void graphDrawsEveryCompanyAndRollsUpEgoAndPathOnDemand() {
        try (Browser browser = signedIn()) {
            browser.open("/graph");
            browser.waitFor(By.cssSelector("pw-graph-chart[data-rendered='true']"));
            assertThat(browser.waitFor(By.id("graph-summary")).getText())
                    .as("the start view: the deals of the two years up to the newest (2026-04-14)")
                    .endsWith(" — the 50 most connected since 2024-04-14");
            assertThat(summary(browser, "graph-chart"))
                    .as("the 2023 deals left out, and with them Google (Google Cloud stays)")
                    .containsEntry("nodes", 9L)
                    .containsEntry("edges", 11L);

            browser.open("/graph?scope=all");
            browser.waitFor(By.cssSelector("pw-graph-chart[data-rendered='true']"));
            assertThat(summary(browser, "graph-chart"))
                    .containsEntry("nodes", 10L)
                    .containsEntry("edges", 13L);
            browser.screenshot("strategist-graph");

            browser.open("/graph?loop=" + fixture.company("OpenAI") + "-" + fixture.company("CoreWeave") + "-"
                    + fixture.company("Nvidia"));
            browser.waitFor(By.cssSelector("pw-graph-chart[data-rendered='true']"));
            assertThat(summary(browser, "graph-chart"))
                    .as("rolled up: AWS, Azure, Google and Google Cloud drawn as their parents")
                    .containsEntry("nodes", 7L)
                    .containsEntry("highlighted", 3L);
            assertThat(browser.waitFor(By.id("graph-summary")).getText()).startsWith("7 companies");
            browser.screenshot("strategist-graph-loop");

            List<Long> timings = new ArrayList<>();
            for (int run = 0; run < 5; run++) {
                timings.add(renderSyntheticGraph(browser, 2_000, 10_000, run));
            }
            timings.sort(Long::compare);
            System.out.println("BENCHMARK graph render 2000 nodes / 10000 edges (ms, sorted): " + timings);
            assertThat(browser.script("return document.getElementById('graph-chart').summary().nodes"))
                    .isEqualTo(2_000L);
            List<Long> forced = new ArrayList<>();
            for (int run = 0; run < 5; run++) {
                forced.add(renderSyntheticGraph(browser, 500, 1_500, run));
            }
            forced.sort(Long::compare);
            System.out.println(
                    "BENCHMARK graph render 500 nodes / 1500 edges, force layout in the browser (ms, sorted): "
                            + forced);
            assertThat(browser.script("return document.getElementById('graph-chart').summary().nodes"))
                    .isEqualTo(500L);
        }
    }

    @Test
    void circularDealsAreListedAndEachHasAPage() {
        try (Browser browser = signedIn()) {
            browser.open("/loops");
            String table = browser.waitFor(By.id("loops-table")).getText();
            assertThat(browser.waitFor(By.id("loops-count")).getText()).isEqualTo("8 loops");
            assertThat(table).contains("Amazon", "Anthropic", "CoreWeave", "Nvidia", "In the graph");
            browser.screenshot("strategist-loops");

            String key = fixture.company("Amazon") + "-" + fixture.company("Anthropic");
            browser.open("/loops/" + key);
            browser.waitFor(By.cssSelector("pw-graph-chart[data-rendered='true']"));
            assertThat(browser.waitFor(By.id("loop-title")).getText())
                    .isIn("Amazon → Anthropic → Amazon", "Anthropic → Amazon → Anthropic");
            assertThat(browser.waitFor(By.id("loop-legs")).getText())
                    .contains("Amazon → Anthropic: 3 deals (Investment), $33B")
                    .contains("Anthropic → Amazon: 2 deals (Cloud / compute commitment), $100B");
            assertThat(summary(browser, "loop-chart"))
                    .containsEntry("nodes", 2L)
                    .containsEntry("highlighted", 2L);
            browser.screenshot("strategist-loop-page");
        }
    }

    @Test
    void regulatorsCannotOpenTheStrategistViews() {
        try (Browser browser = new Browser(baseUrl())) {
            createRegulator();
            browser.login("views-regulator", "regulator-pass-1");
            for (String view : List.of("/timeline", "/compare", "/graph", "/loops")) {
                browser.open(view);
                assertThat(browser.isPresent(By.cssSelector("pw-timeline-chart, pw-compare-chart, pw-graph-chart")))
                        .as(view)
                        .isFalse();
                assertThat(browser.isPresent(By.id("loops-table"))).isFalse();
            }
            browser.open("/");
            assertThat(browser.waitFor(By.id("main-nav")).getText())
                    .doesNotContain("Timeline", "Graph", "Compare", "Circular deals");
        }
    }

    private long renderSyntheticGraph(Browser browser, int nodes, int edges, int seed) {
        Number ms = (Number) browser.driver().executeAsyncScript("""
                const [nodeCount, edgeCount, seed, done] = arguments;
                let s = seed * 7919 + 13;
                const random = () => (s = (s * 16807) % 2147483647) / 2147483647;
                const kinds = ['BIG_TECH', 'AI_LAB', 'CHIP_MAKER', 'CLOUD', 'INVESTOR'];
                const types = ['INVESTMENT', 'CLOUD_COMMITMENT', 'SUPPLY', 'PARTNERSHIP'];
                const data = {nodes: [], edges: [], highlight: []};
                for (let i = 0; i < nodeCount; i++) {
                  data.nodes.push({id: i, name: 'Company ' + i, kind: kinds[i % 5], volumeUsd: random() * 1e10,
                                   deals: 5, x: random() * 1000, y: random() * 1000});
                }
                for (let i = 0; i < edgeCount; i++) {
                  data.edges.push({source: Math.floor(random() * nodeCount), target: Math.floor(random() * nodeCount),
                                   type: types[i % 4], deals: 1, usd: random() * 1e9, first: '2024-01-01', last: '2024-01-01'});
                }
                const el = document.getElementById('graph-chart');
                const started = performance.now();
                el.addEventListener('chart-rendered', () => done(performance.now() - started), {once: true});
                el.data = JSON.stringify(data);
                """, nodes, edges, seed);
        return ms.longValue();
    }

    private Browser signedIn() {
        Browser browser = new Browser(baseUrl());
        browser.login(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
        return browser;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> summary(Browser browser, String id) {
        return (Map<String, Object>) browser.script("return document.getElementById(arguments[0]).summary()", id);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.pactwatch.security.UserService users;

    private void createRegulator() {
        if (users.find("views-regulator").isEmpty()) {
            users.create(
                    "test",
                    "views-regulator",
                    "regulator-pass-1",
                    java.util.Set.of(org.pactwatch.security.Role.REGULATOR));
        }
    }
}
