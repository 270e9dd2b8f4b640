package org.pactwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.pactwatch.Browser;
import org.pactwatch.FullTier;
import org.pactwatch.IntegrationTest;
import org.pactwatch.ingest.JobRun;
import org.pactwatch.ingest.JobService;
import org.pactwatch.ingest.Source;
import org.pactwatch.ingest.SourceKind;
import org.pactwatch.ingest.SourceRequest;
import org.pactwatch.ingest.SourceService;
import org.pactwatch.security.Role;
import org.pactwatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard on a fresh start with the sample corpus (loaded as job 1 and extracted by the real pipeline), plus a
 * feed that cannot be reached: every tile shows what the database holds, a click on the chart opens the Deals view
 * filtered to the month and type clicked, and the analysts' tiles stay hidden from a strategist.
 */
@FullTier
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardBrowserTest {

    private static final Path DATA_DIR = dataDir();
    private static final String SINCE = "2000-01-01";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobService jobs;

    @Autowired
    SourceService sources;

    @Autowired
    UserService users;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("pactwatch.data-dir", DATA_DIR::toString);
        registry.add("pactwatch.sample-data", () -> "true");
        registry.add("pactwatch.admin-password", () -> IntegrationTest.ADMIN_PASSWORD);
        registry.add("pactwatch.fetch.allowed-hosts", () -> "localhost,127.0.0.1");
        registry.add("pactwatch.fetch.retry-backoff", () -> "50ms");
        registry.add("pactwatch.fetch.max-retry-wait", () -> "1s");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ANALYST")
    void theBriefingShowsTheSampleCorpusAndEveryTileLeadsToItsView() throws IOException {
        awaitSampleCorpusExtracted();
        JobRun failed = runUnreachableFeed();

        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
            browser.open("/?since=" + SINCE);
            browser.waitFor(By.cssSelector("pw-deal-value-chart[data-rendered='true']"));

            long live = count("select count(*) from deal where merged_into_id is null and review_state <> 'REJECTED'");
            assertThat(live).as("the sample corpus yields deals").isGreaterThan(20);
            assertThat(text(browser, "new-count")).startsWith("%,d deals stored since %s".formatted(live, SINCE));
            assertThat(items(browser, "new-rows")).hasSize(DashboardView.ROWS);

            assertRowsStartWith(
                    items(browser, "largest-90-rows"),
                    largestSince(LocalDate.now().minusDays(90)));
            assertRowsStartWith(
                    items(browser, "largest-30-rows"),
                    largestSince(LocalDate.now().minusDays(30)));

            List<String> active = items(browser, "active-rows");
            assertThat(active).hasSize(DashboardView.ROWS);
            assertThat(active.getFirst()).startsWith(mostActiveCompany());

            assertThat(text(browser, "review-unreviewed"))
                    .isEqualTo("%,d unreviewed"
                            .formatted(count("select count(*) from deal where merged_into_id is null"
                                    + " and review_state = 'UNREVIEWED'")));
            assertThat(items(browser, "review-rows")).isNotEmpty();
            assertThat(text(browser, "alerts-unread")).startsWith("0 unread alerts from 0 saved searches");

            assertThat(items(browser, "ingest-sources"))
                    .anySatisfy(
                            row -> assertThat(row).startsWith("Sample corpus").contains("SUCCEEDED"))
                    .anySatisfy(row ->
                            assertThat(row).startsWith("Unreachable feed").contains("FAILED"));
            assertThat(items(browser, "ingest-failures"))
                    .anySatisfy(row -> assertThat(row).startsWith("Unreachable feed, job " + failed.id()));

            @SuppressWarnings("unchecked")
            Map<String, Object> chart = (Map<String, Object>)
                    browser.script("return document.getElementById('dashboard-value-chart').summary()");
            assertThat(chart).containsEntry("months", (long) DashboardView.MONTHS);
            assertThat(chart.get("deals"))
                    .isEqualTo(count(
                            "select count(*) from deal where merged_into_id is null and review_state <> 'REJECTED'"
                                    + " and deal_date >= date_trunc('month', current_date) - interval '23 months'"
                                    + " and deal_date <= current_date + interval '1 month'"));
            browser.screenshot("dashboard-analyst");
            for (String tile : List.of("value", "review")) {
                browser.script("document.getElementById(arguments[0]).scrollIntoView()", "tile-" + tile);
                browser.screenshot("dashboard-analyst-" + tile);
            }

            // the largest bar segment: its month and type open in the Deals view
            Map<?, ?> segment = largestSegment(browser);
            WebElement element = browser.driver().findElement(By.id("dashboard-value-chart"));
            browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
            segment = largestSegment(browser);
            new Actions(browser.driver())
                    .moveToElement(
                            element, ((Number) segment.get("x")).intValue(), ((Number) segment.get("y")).intValue())
                    .click()
                    .perform();
            browser.waitUntil(d -> d.getCurrentUrl().contains("/deals?"));
            browser.waitForVaadin();
            String month = (String) segment.get("month");
            assertThat(browser.driver().getCurrentUrl())
                    .contains("type=" + segment.get("type"))
                    .contains("from=" + month + "-01");
            browser.waitUntil(d -> !text(browser, "deals-total").isBlank());
            assertThat(text(browser, "deals-total")).isEqualTo("%,d deals".formatted((Long) segment.get("deals")));

            // the largest deals' link: the Deals view sorted by USD, largest first
            browser.open("/?since=" + SINCE);
            browser.waitFor(By.cssSelector("#tile-largest .pw-tile-link")).click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("sort=AMOUNT_USD"));
            browser.waitForVaadin();
            assertThat(browser.waitFor(By.cssSelector("#deals-grid vaadin-grid-sorter[direction='desc']"))
                            .getText())
                    .isEqualTo("USD");
        }

        users.create("test", "dashboard-strategist", "strategist-pass-1", EnumSet.of(Role.STRATEGIST));
        try (Browser browser = new Browser("http://localhost:" + port)) {
            browser.login("dashboard-strategist", "strategist-pass-1");
            browser.open("/");
            browser.waitFor(By.cssSelector("pw-deal-value-chart[data-rendered='true']"));
            assertThat(browser.isPresent(By.id("tile-new"))).isTrue();
            assertThat(browser.isPresent(By.id("tile-alerts"))).isTrue();
            assertThat(browser.isPresent(By.id("tile-review")))
                    .as("analysts only")
                    .isFalse();
            assertThat(browser.isPresent(By.id("tile-ingest")))
                    .as("analysts only")
                    .isFalse();
            assertThat(text(browser, "dashboard-since-note")).startsWith("This is your first visit");
            browser.screenshot("dashboard-strategist");
        }
    }

    private void awaitSampleCorpusExtracted() {
        await().atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    List<JobRun> runs = jobs.list(null, 0, 10).items();
                    return !runs.isEmpty()
                            && runs.stream().noneMatch(r -> r.status().isActive())
                            && count("select count(*) from document where status = 'STORED'") == 0;
                });
    }

    /** A feed on a port nothing listens on: the run fails with the connection error as its reason. */
    private JobRun runUnreachableFeed() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        SourceRequest feed = SourceRequest.of(SourceKind.FEED, "http://127.0.0.1:" + closed + "/feed.xml");
        Source source = sources.create(
                "test", new SourceRequest(feed.kind(), feed.url(), null, null, null, "Unreachable feed", null, true));
        JobRun run = jobs.run("test", source.id());
        return await().atMost(Duration.ofSeconds(60))
                .until(() -> jobs.get(run.id()), r -> !r.status().isActive());
    }

    private List<String> largestSince(LocalDate from) {
        return jdbc.sql("""
                        select d.id from deal d
                         where d.merged_into_id is null and d.review_state <> 'REJECTED' and d.amount_usd is not null
                           and d.deal_date between :from and current_date
                         order by d.amount_usd desc, d.id desc limit :limit
                        """).param("from", from).param("limit", DashboardView.ROWS).query(Long.class).list().stream()
                .map(this::headline)
                .toList();
    }

    /** The start of a deal's row in a tile: "payer → payee, $amount". */
    private String headline(long id) {
        return jdbc.sql("""
                        select coalesce(p.name, d.payer_mention, '—') || ' → ' || coalesce(e.name, d.payee_mention, '—')
                          from deal d left join company p on p.id = d.payer_id left join company e on e.id = d.payee_id
                         where d.id = :id
                        """).param("id", id).query(String.class).single();
    }

    private String mostActiveCompany() {
        return jdbc.sql("""
                        select c.name from (
                            select payer_id as company_id, amount_usd from deal
                             where merged_into_id is null and review_state <> 'REJECTED' and payer_id is not null
                            union all
                            select payee_id, amount_usd from deal
                             where merged_into_id is null and review_state <> 'REJECTED' and payee_id is not null
                               and payee_id is distinct from payer_id) p
                          join company c on c.id = p.company_id
                         group by c.id, c.name order by count(*) desc, sum(p.amount_usd) desc nulls last, c.name, c.id
                         limit 1
                        """).query(String.class).single();
    }

    private static Map<?, ?> largestSegment(Browser browser) {
        return (Map<?, ?>) browser.script("""
                const el = document.getElementById('dashboard-value-chart');
                const order = ['INVESTMENT', 'CLOUD_COMMITMENT', 'ACQUISITION', 'SUPPLY', 'PARTNERSHIP'];
                const cells = el.data.cells;
                const types = order.filter((t) => cells.some((c) => c.type === t));
                const cell = cells.reduce((a, b) => (b.usd > a.usd ? b : a));
                let base = 0;
                for (const t of types) {
                  if (t === cell.type) break;
                  const below = cells.find((c) => c.month === cell.month && c.type === t);
                  base += below ? below.usd : 0;
                }
                const [x, y] = el.echarts().convertToPixel({xAxisIndex: 0, yAxisIndex: 0},
                    [el.data.months.indexOf(cell.month), base + cell.usd / 2]);
                const canvas = el.shadowRoot.getElementById('c').getBoundingClientRect();
                const host = el.getBoundingClientRect();
                return {x: Math.round(canvas.left - host.left + x - host.width / 2),
                        y: Math.round(canvas.top - host.top + y - host.height / 2),
                        month: cell.month, type: cell.type, deals: cell.deals};
                """);
    }

    /** The largest deals of a window, largest first: each row starts with its deal's parties. */
    private static void assertRowsStartWith(List<String> rows, List<String> starts) {
        assertThat(rows).hasSameSizeAs(starts);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i)).startsWith(starts.get(i) + ", ");
        }
    }

    private static String text(Browser browser, String id) {
        return browser.waitFor(By.id(id)).getText().strip();
    }

    private static List<String> items(Browser browser, String id) {
        return browser.waitFor(By.id(id)).findElements(By.tagName("li")).stream()
                .map(li -> li.getText().strip())
                .toList();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static Path dataDir() {
        try {
            return Files.createTempDirectory("pactwatch-dashboard-it-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
