package org.pactwatch.ui.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.WheelInput;
import org.pactwatch.AppProcess;
import org.pactwatch.Browser;
import org.pactwatch.FullTier;
import org.pactwatch.ingest.ApiClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The relationship graph as a new user meets it: the application started on an empty data directory loads the
 * sample corpus, and the graph view is read from what the chart itself laid out — which labels it shows and
 * where, which nodes and edges it drew — not from the data sent to it.
 */
@FullTier
class GraphBrowserTest {

    private static final String PASSWORD = "graph-test-admin-1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** labelOf(data, i): the label of node i, which ECharts attaches to the symbol inside the node's group. */
    private static final String LABEL_OF = """
            const labelOf = (data, i) => {
              const el = data.getItemGraphicEl(i);
              const symbol = el && el.childAt ? el.childAt(0) : el;
              return symbol && symbol.getTextContent();
            };
            """;

    /**
     * The shown labels of the graph series as the chart laid them out: text and box in canvas pixels, after
     * ECharts' label layout (a hidden label is {@code ignore}d) and the roam transform.
     */
    private static final String LABELS = LABEL_OF + """
            const chart = document.getElementById('graph-chart').echarts();
            const data = chart.getModel().getSeriesByIndex(0).getData();
            const labels = [];
            data.each((i) => {
              const label = labelOf(data, i);
              if (!label || label.ignore || label.invisible || !label.style.text) return;
              const box = label.getBoundingRect().clone();
              const m = label.getComputedTransform();
              if (m) box.applyTransform(m);
              labels.push({text: label.style.text, x: box.x, y: box.y, w: box.width, h: box.height, index: i});
            });
            return labels;
            """;

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path dataDir;

    private static AppProcess app;

    @BeforeAll
    static void startOnTheSampleCorpus() {
        app = new AppProcess(
                dataDir, Map.of("PACTWATCH_ADMIN_PASSWORD", PASSWORD, "PACTWATCH_SAMPLE_DATA", "true"), List.of());
        app.start(Duration.ofMinutes(4));
        ApiClient api = new ApiClient(app.baseUrl(), JSON);
        await().atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> sampleExtracted(api));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theStartViewShowsTheMostConnectedCompaniesWithLabelsThatNeverOverlap() {
        try (Browser browser = signedIn()) {
            browser.open("/graph");
            waitRendered(browser);
            assertThat(browser.waitFor(By.id("graph-summary")).getText())
                    .matches("\\d+ companies, \\d+ edges — the 50 most connected since \\d{4}-\\d{2}-\\d{2}");
            List<String> names = nodeNames(browser);
            assertThat(names)
                    .hasSizeBetween(10, GraphView.MOST_CONNECTED)
                    .contains("OpenAI", "Anthropic", "Nvidia")
                    .noneMatch(name -> name.equalsIgnoreCase("and"));

            List<Map<String, Object>> shown = labels(browser);
            assertThat(shown)
                    .as("the biggest companies keep their labels")
                    .extracting(l -> (String) l.get("text"))
                    .contains("OpenAI", "Anthropic");
            assertNoOverlap(shown);
            assertThat(shown)
                    .as("the most connected company keeps its label at the start zoom")
                    .extracting(l -> (String) l.get("text"))
                    .contains(mostConnected(browser));
            browser.screenshot("graph-start");

            // the edge colors follow the deal type, with a key to them below the graph
            @SuppressWarnings("unchecked")
            Map<String, String> strokeByType = (Map<String, String>) browser.script("""
                    const chart = document.getElementById('graph-chart').echarts();
                    const edges = chart.getModel().getSeriesByIndex(0).getEdgeData();
                    const byType = {};
                    edges.each((i) => {
                      if (edges.getItemModel(i).get('tieUp')) return;
                      const type = edges.getItemModel(i).get('edge').type;
                      const stroke = edges.getItemVisual(i, 'style').stroke;
                      byType[type] = byType[type] && byType[type] !== stroke ? 'MIXED' : stroke;
                    });
                    return byType;
                    """);
            assertThat(strokeByType)
                    .containsKeys("INVESTMENT", "CLOUD_COMMITMENT")
                    .doesNotContainValue("MIXED");
            assertThat(strokeByType.values()).doesNotHaveDuplicates();
            assertThat(legend(browser, 1)).contains("Investment", "Cloud / compute commitment");
        }
    }

    @Test
    void aTieUpIsAnEdgeOfItsOwnStyleWithBothAmountsAndTheRatio() {
        try (Browser browser = signedIn()) {
            browser.open("/graph");
            waitRendered(browser);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> tieUps = (List<Map<String, Object>>) browser.script("""
                    const chart = document.getElementById('graph-chart').echarts();
                    const series = chart.getModel().getSeriesByIndex(0);
                    const nodes = series.getData();
                    const edges = series.getEdgeData();
                    const formatter = chart.getOption().tooltip[0].formatter;
                    const found = [];
                    edges.each((i) => {
                      const model = edges.getItemModel(i);
                      const edge = series.getGraph().getEdgeByIndex(i);
                      found.push({
                        tieUp: !!model.get('tieUp'),
                        from: nodes.getName(edge.node1.dataIndex),
                        to: nodes.getName(edge.node2.dataIndex),
                        dash: String(model.get(['lineStyle', 'type'])),
                        stroke: edges.getItemVisual(i, 'style').stroke,
                        tooltip: formatter({seriesIndex: 0, dataType: 'edge', data: edges.getRawDataItem(i)}),
                      });
                    });
                    return found;
                    """);
            List<Map<String, Object>> pairs =
                    tieUps.stream().filter(e -> (Boolean) e.get("tieUp")).toList();
            assertThat(pairs)
                    .as("Amazon invests in Anthropic, Anthropic commits to spend on Amazon's cloud")
                    .anySatisfy(e -> {
                        assertThat(e.get("from")).isEqualTo("Amazon");
                        assertThat(e.get("to")).isEqualTo("Anthropic");
                        assertThat((String) e.get("tooltip"))
                                .contains("Amazon ⇄ Anthropic", "Invested $", "committed back $")
                                .containsPattern("Ratio \\d+\\.\\d×");
                        assertThat((String) e.get("tooltip")).doesNotContain("n/a");
                    });
            assertThat(pairs).allSatisfy(e -> assertThat(e.get("dash")).isEqualTo("dashed"));
            List<Object> dealStrokes = tieUps.stream()
                    .filter(e -> !(Boolean) e.get("tieUp"))
                    .map(e -> e.get("stroke"))
                    .toList();
            assertThat(tieUps.stream().filter(e -> !(Boolean) e.get("tieUp")))
                    .as("deal edges are solid")
                    .allSatisfy(e -> assertThat(e.get("dash")).isNotEqualTo("dashed"));
            assertThat(pairs)
                    .as("a color no deal edge has")
                    .allSatisfy(e -> assertThat(dealStrokes).doesNotContain(e.get("stroke")));
            assertThat(legend(browser, 1)).contains("Tie-up (investment ⇄ commitment back)");
        }
    }

    @Test
    void aHiddenLabelShowsOnHoverAndAClickFocusesTheCompanyWithItsDeals() {
        try (Browser browser = signedIn()) {
            browser.open("/graph?scope=all");
            waitRendered(browser);
            assertThat(browser.waitFor(By.id("graph-summary")).getText()).doesNotContain("most connected");
            List<Map<String, Object>> before = labels(browser);
            assertNoOverlap(before);

            // zooming in with the wheel makes room: more labels, still none over another
            new Actions(browser.driver())
                    .scrollFromOrigin(WheelInput.ScrollOrigin.fromElement(canvas(browser)), 0, -600)
                    .perform();
            browser.waitUntil(d -> labels(browser).size() > before.size());
            assertNoOverlap(labels(browser));
            browser.screenshot("graph-zoomed");
            browser.open("/graph?scope=all");
            waitRendered(browser);

            Number hidden = (Number) browser.script(LABEL_OF + """
                    const chart = document.getElementById('graph-chart').echarts();
                    const data = chart.getModel().getSeriesByIndex(0).getData();
                    let found = null;
                    data.each((i) => {
                      const label = labelOf(data, i);
                      if (found === null && label && label.ignore) found = i;
                    });
                    return found;
                    """);
            assertThat(hidden).as("on every company some labels must give way").isNotNull();
            String name = nodeNames(browser).get(hidden.intValue());
            moveTo(browser, hidden.intValue());
            browser.waitUntil(d -> labels(browser).stream().anyMatch(l -> name.equals(l.get("text"))));

            String clicked = nodeNames(browser).get(biggestNode(browser));
            moveTo(browser, biggestNode(browser));
            new Actions(browser.driver()).click().perform();
            browser.waitForVaadin();
            browser.waitUntil(d -> textOf(browser, "graph-deals-title").startsWith("Deals of " + clicked + " ("));
            waitRendered(browser);
            assertThat(nodeNames(browser)).contains(clicked);
            assertThat(browser.waitFor(By.id("graph-deals")).getText()).contains(clicked);
            assertNoOverlap(labels(browser));
            browser.screenshot("graph-clicked-focus");
        }
    }

    @Test
    void aSearchedCompanyIsFocusedAndTheGraphExportsAsPngAndSvg() {
        try (Browser browser = signedIn()) {
            browser.open("/graph");
            waitRendered(browser);
            WebElement search = browser.waitFor(By.cssSelector("#graph-ego input"));
            search.sendKeys("Anthropic");
            browser.waitUntil(
                    d -> (Boolean) browser.script("const f = document.getElementById('graph-ego').filteredItems;"
                            + " return !!f && f.length === 1 && (f[0].label || f[0]) === 'Anthropic';"));
            search.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
            browser.waitForVaadin();
            browser.waitUntil(d -> textOf(browser, "graph-deals-title").startsWith("Deals of Anthropic ("));
            waitRendered(browser);
            List<String> names = nodeNames(browser);
            assertThat(names).contains("Anthropic", "Amazon", "Google");
            String title = textOf(browser, "graph-deals-title");
            int listed = Integer.parseInt(title.replaceAll("\\D+", ""));
            assertThat(listed)
                    .as("every company next to Anthropic has a deal with it: " + title)
                    .isGreaterThanOrEqualTo(names.size() - 1);
            assertThat(browser.waitFor(By.id("graph-deals")).getText()).contains("Anthropic", "Amazon");
            assertNoOverlap(labels(browser));

            assertThat((String) browser.script(
                            "return document.getElementById('graph-chart').pngDataUrl().substring(0, 22)"))
                    .isEqualTo("data:image/png;base64,");
            String svg = (String) browser.script("return document.getElementById('graph-chart').svgMarkup()");
            assertThat(svg).startsWith("<svg").contains("Anthropic");
            browser.screenshot("graph-searched-focus");
        }
    }

    private static boolean sampleExtracted(ApiClient api) {
        ApiClient.Answer jobs = api.get("/api/v1/jobs", "admin", PASSWORD);
        if (jobs.status() != 200 || jobs.json().path("items").isEmpty()) {
            return false;
        }
        var job = jobs.json().path("items").get(0);
        if (!job.path("status").asString().equals("SUCCEEDED")) {
            return false;
        }
        ApiClient.Answer extracted = api.get("/api/v1/documents?status=EXTRACTED&size=1", "admin", PASSWORD);
        return extracted.json().path("total").asLong() == job.path("new").asLong();
    }

    private static Browser signedIn() {
        Browser browser = new Browser(app.baseUrl());
        browser.login("admin", PASSWORD);
        return browser;
    }

    private static void waitRendered(Browser browser) {
        browser.waitFor(By.cssSelector("pw-graph-chart[data-rendered='true']"));
        browser.waitForVaadin();
        browser.waitFor(By.cssSelector("pw-graph-chart[data-rendered='true']"));
    }

    /** Every pair of shown labels: their boxes must not intersect (touching edges allowed). */
    private static void assertNoOverlap(List<Map<String, Object>> labels) {
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                Map<String, Object> a = labels.get(i);
                Map<String, Object> b = labels.get(j);
                double overlapX = Math.min(x(a) + w(a), x(b) + w(b)) - Math.max(x(a), x(b));
                double overlapY = Math.min(y(a) + h(a), y(b) + h(b)) - Math.max(y(a), y(b));
                if (overlapX > 0.5 && overlapY > 0.5) {
                    overlaps.add(a.get("text") + " / " + b.get("text"));
                }
            }
        }
        assertThat(labels).as("labels shown").isNotEmpty();
        assertThat(labels)
                .as("each box holds its line of 11 px text")
                .allSatisfy(l -> assertThat(h(l)).isGreaterThanOrEqualTo(11));
        assertThat(overlaps).as("overlapping labels").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> labels(Browser browser) {
        return (List<Map<String, Object>>) browser.script(LABELS);
    }

    @SuppressWarnings("unchecked")
    private static List<String> nodeNames(Browser browser) {
        return (List<String>) browser.script("""
                const data = document.getElementById('graph-chart').echarts().getModel().getSeriesByIndex(0).getData();
                const names = [];
                data.each((i) => names.push(data.getName(i)));
                return names;
                """);
    }

    @SuppressWarnings("unchecked")
    private static List<String> legend(Browser browser, int index) {
        return (List<String>) browser.script(
                "return document.getElementById('graph-chart').echarts().getOption().legend[arguments[0]].data"
                        + ".map((d) => d.name || d)",
                index);
    }

    /**
     * The drawn company with the most distinct counterparties among the drawn deal edges (of several, the one drawn
     * biggest).
     */
    private static String mostConnected(Browser browser) {
        return (String) browser.script("""
                const series = document.getElementById('graph-chart').echarts().getModel().getSeriesByIndex(0);
                const graph = series.getGraph();
                const data = series.getData();
                let best = null, bestCount = -1;
                data.each((i) => {
                  const node = graph.getNodeByIndex(i);
                  const others = new Set();
                  node.edges.forEach((e) => {
                    if (e.getModel().get('tieUp')) return;
                    others.add(e.node1 === node ? e.node2.id : e.node1.id);
                  });
                  const bigger = best === null || data.getItemVisual(i, 'symbolSize') > data.getItemVisual(best, 'symbolSize');
                  if (others.size > bestCount || (others.size === bestCount && bigger)) { best = i; bestCount = others.size; }
                });
                return data.getName(best);
                """);
    }

    private static int biggestNode(Browser browser) {
        return ((Number) browser.script("""
                        const data = document.getElementById('graph-chart').echarts().getModel().getSeriesByIndex(0)
                            .getData();
                        let best = 0;
                        data.each((i) => { if (data.getItemVisual(i, 'symbolSize') > data.getItemVisual(best, 'symbolSize')) best = i; });
                        return best;
                        """)).intValue();
    }

    /** Moves the mouse onto a node where the chart drew it. */
    private static void moveTo(Browser browser, int node) {
        WebElement canvas = canvas(browser);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", canvas);
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.script("""
                const host = document.getElementById('graph-chart');
                const el = host.echarts().getModel().getSeriesByIndex(0).getData().getItemGraphicEl(arguments[0]);
                const m = el.getComputedTransform();
                const box = host.shadowRoot.getElementById('c').getBoundingClientRect();
                return [box.left + m[4], box.top + m[5]];
                """, node);
        new Actions(browser.driver())
                .moveToLocation(at.get(0).intValue(), at.get(1).intValue())
                .perform();
    }

    private static WebElement canvas(Browser browser) {
        return (WebElement)
                browser.script("return document.getElementById('graph-chart').shadowRoot.getElementById('c')");
    }

    private static String textOf(Browser browser, String id) {
        List<WebElement> found = browser.driver().findElements(By.id(id));
        return found.isEmpty() ? "" : found.getFirst().getText();
    }

    private static double x(Map<String, Object> label) {
        return ((Number) label.get("x")).doubleValue();
    }

    private static double y(Map<String, Object> label) {
        return ((Number) label.get("y")).doubleValue();
    }

    private static double w(Map<String, Object> label) {
        return ((Number) label.get("w")).doubleValue();
    }

    private static double h(Map<String, Object> label) {
        return ((Number) label.get("h")).doubleValue();
    }
}
