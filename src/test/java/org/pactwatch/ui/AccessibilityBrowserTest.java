package org.pactwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pactwatch.Axe;
import org.pactwatch.Browser;
import org.pactwatch.StrategyIntegrationTest;
import org.pactwatch.graph.MoneyLoopService;
import org.pactwatch.security.Role;
import org.pactwatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.web.context.WebApplicationContext;

/**
 * WCAG 2.1 AA on every view: axe-core ({@link Axe}) on every route the Vaadin route registry holds, in the light and
 * the dark theme, signed in as a user with every role, on the strategy fixture's data (a route template's
 * parameters get real ids from it). Fails on any violation of impact moderate or worse, on a view without exactly
 * one visible {@code h1}, and on a grid column without a header; logs one line per view and theme, also written to
 * {@code target/a11y/axe-summary.txt}.
 */
@WithMockUser(roles = "STRATEGIST") // for the money loop service that picks a real loop key
class AccessibilityBrowserTest extends StrategyIntegrationTest {

    private static final String USER = "a11y-everyone";
    private static final String PASSWORD = "a11y-pass-1234";
    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z_][A-Za-z0-9_]*)[^/]*");

    @Autowired
    WebApplicationContext web;

    @Autowired
    UserService users;

    @Autowired
    MoneyLoopService loops;

    @Test
    void everyRouteMeetsWcag21AaInTheLightAndTheDarkTheme() throws IOException {
        if (users.find(USER).isEmpty()) {
            users.create("test", USER, PASSWORD, EnumSet.allOf(Role.class));
        }
        seedJobRuns();
        Map<String, String> paths = routes();
        assertThat(paths).as("routes in the registry").containsKeys("", "login", "deals/:id");

        List<String> summary = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<String> themeNotApplied = new ArrayList<>();
        try (Browser browser = new Browser(baseUrl())) {
            for (String theme : List.of("light", "dark")) {
                browser.driver().manage().deleteAllCookies();
                browser.open("/login");
                browser.script(
                        "localStorage.setItem('pactwatch-theme', arguments[0])", theme.equals("dark") ? "dark" : "");
                for (var route : paths.entrySet()) {
                    if (route.getKey().equals("login")) {
                        audit(browser, theme, route.getKey(), route.getValue(), summary, failures, themeNotApplied);
                    }
                }
                browser.login(USER, PASSWORD);
                assertThat(browser.driver().getCurrentUrl()).doesNotContain("/login");
                for (var route : paths.entrySet()) {
                    if (!route.getKey().equals("login")) {
                        audit(browser, theme, route.getKey(), route.getValue(), summary, failures, themeNotApplied);
                    }
                }
            }
        }
        String report = String.join("\n", summary);
        System.out.println("AXE per-view summary (axe-core " + Axe.VERSION + ", WCAG 2.1 AA + best-practice "
                + "landmarks/headings; failing: " + Axe.FAILING_IMPACTS + ")\n" + report);
        Path out = Path.of("target", "a11y");
        Files.createDirectories(out);
        Files.writeString(out.resolve("axe-summary.txt"), report + "\n\n" + String.join("\n", failures) + "\n");
        assertThat(failures).as("accessibility failures, per view and theme").isEmpty();
        assertThat(themeNotApplied)
                .as("views that did not apply the stored dark theme themselves")
                .isEmpty();
    }

    private void audit(
            Browser browser,
            String theme,
            String template,
            String path,
            List<String> summary,
            List<String> failures,
            List<String> themeNotApplied) {
        browser.open(path);
        settle(browser);
        boolean dark = theme.equals("dark");
        boolean applied = Boolean.TRUE.equals(browser.script(
                "return (document.documentElement.getAttribute('theme') === 'dark') === arguments[0]", dark));
        if (!applied) {
            themeNotApplied.add(theme + " " + path);
            browser.script(
                    "if (arguments[0]) document.documentElement.setAttribute('theme', 'dark');"
                            + " else document.documentElement.removeAttribute('theme');",
                    dark);
            settle(browser);
        }
        browser.screenshot(
                "a11y-" + theme + "-" + (template.isEmpty() ? "dashboard" : template.replaceAll("[^a-z]+", "-")));
        List<Axe.Violation> violations = Axe.run(browser);
        // a chart's text alternative: its data table, audited too
        if (Boolean.TRUE.equals(browser.script("""
                const charts = [...document.querySelectorAll('pw-timeline-chart, pw-compare-chart, pw-graph-chart')];
                charts.forEach((c) => c.showTable(true));
                return charts.length > 0;
                """))) {
            assertThat((Long) browser.script("""
                            return [...document.querySelectorAll('pw-timeline-chart, pw-compare-chart, pw-graph-chart')]
                              .filter((c) => c.shadowRoot.querySelector('#tbl:not([hidden]) table th')).length;
                            """))
                    .as("every chart on " + path + " shows its data table")
                    .isPositive();
            violations = new ArrayList<>(violations);
            for (Axe.Violation v : Axe.run(browser)) {
                if (violations.stream().noneMatch(o -> o.rule().equals(v.rule()))) {
                    violations.add(v);
                }
            }
            browser.script("document.querySelectorAll('pw-timeline-chart, pw-compare-chart, pw-graph-chart')"
                    + ".forEach((c) => c.showTable(false));");
        }
        List<Axe.Violation> failing =
                violations.stream().filter(Axe.Violation::failing).toList();
        long h1 = (Long) browser.script("""
                return [...document.querySelectorAll('h1')]
                  .filter((h) => h.offsetParent !== null || h.getClientRects().length > 0).length;
                """);
        @SuppressWarnings("unchecked")
        List<String> emptyHeaders = (List<String>) browser.script(EMPTY_GRID_HEADERS);
        String key = "%-5s %-22s %-40s".formatted(theme, template.isEmpty() ? "/" : template, path);
        summary.add(key + " violations " + violations.size() + " (failing " + failing.size() + ", nodes "
                + failing.stream().mapToInt(v -> v.targets().size()).sum() + ")"
                + (violations.isEmpty()
                        ? ""
                        : " "
                                + violations.stream()
                                        .map(v -> v.rule() + ":" + v.impact() + "×"
                                                + v.targets().size())
                                        .collect(Collectors.joining(", ")))
                + " · h1 " + h1 + " · empty grid headers " + emptyHeaders.size());
        List<String> problems = new ArrayList<>();
        failing.forEach(v -> problems.add(v.toString()));
        if (h1 != 1) {
            problems.add(h1 + " visible h1 elements, want exactly one");
        }
        if (!emptyHeaders.isEmpty()) {
            problems.add("grid columns without a header text or aria-label: " + emptyHeaders);
        }
        if (!problems.isEmpty()) {
            failures.add(key.strip() + ":\n    " + String.join("\n    ", problems));
        }
    }

    /** Vaadin round-trips done, charts drawn, grids' first rows rendered. */
    private static void settle(Browser browser) {
        browser.waitForVaadin();
        browser.waitUntil(d -> (Boolean) browser.script("""
                return [...document.querySelectorAll('pw-timeline-chart, pw-compare-chart, pw-graph-chart')]
                  .every((c) => c.getAttribute('data-rendered') === 'true' || !c.data);
                """));
        browser.waitUntil(d -> (Boolean)
                browser.script("return [...document.querySelectorAll('vaadin-grid')].every((g) => !g.loading);"));
        try {
            Thread.sleep(400); // Lumo's transitions (e.g. a button's focus ring) end
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        browser.waitForVaadin();
    }

    /** Every header cell of every shown grid that has neither text nor an aria-label, as "grid-id#column". */
    private static final String EMPTY_GRID_HEADERS = """
            const empty = [];
            for (const grid of document.querySelectorAll('vaadin-grid')) {
              if (!grid.shadowRoot || grid.offsetParent === null) continue;
              grid.shadowRoot.querySelectorAll('thead tr').forEach((row) => {
                if (row.hidden) return;
                row.querySelectorAll('th').forEach((th, i) => {
                  if (th.hidden) return;
                  const slot = th.querySelector('slot');
                  const text = (slot ? slot.assignedNodes({ flatten: true }) : [th])
                    .map((n) => (n.textContent || '') + (n.getAttribute ? n.getAttribute('aria-label') || '' : ''))
                    .join('').trim();
                  if (!text && !th.getAttribute('aria-label')) empty.push((grid.id || 'grid') + '#' + i);
                });
              });
            }
            return empty;
            """;

    /**
     * Every route of the registry, template → the path audited: parameters filled with ids from the fixture's data.
     */
    private Map<String, String> routes() {
        var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(web.getServletContext()));
        Map<String, Supplier<String>> samples = new LinkedHashMap<>();
        samples.put("deals/:id", () -> String.valueOf(fixture.deal("amazon-anthropic-2023")));
        samples.put("companies/:id", () -> String.valueOf(fixture.company("Anthropic")));
        samples.put(
                "documents/:id",
                () -> jdbc.sql("select min(d.id) from document d join evidence e on e.document_id" + " = d.id")
                        .query(Long.class)
                        .single()
                        .toString());
        samples.put("loops/:key", () -> loops.loops(0).loops().getFirst().key());
        Map<String, String> paths = new TreeMap<>();
        for (RouteData route : RouteConfiguration.forRegistry(registry).getAvailableRoutes()) {
            String template = route.getTemplate();
            String path = template;
            if (PARAMETER.matcher(template).find()) {
                Supplier<String> sample = samples.get(template);
                assertThat(sample)
                        .as("a sample value for the parameters of the new route " + template
                                + " (add it to AccessibilityBrowserTest.routes)")
                        .isNotNull();
                Matcher m = PARAMETER.matcher(template);
                path = m.replaceAll(Matcher.quoteReplacement(sample.get()));
            }
            paths.put(template, "/" + path);
        }
        return paths;
    }

    /** A source with a finished and a failed job run, so that the Sources view shows progress bars and actions. */
    private void seedJobRuns() {
        if (jdbc.sql("select count(*) from source where name = 'a11y feed'")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        long source = jdbc.sql("""
                insert into source(kind, name, url, created_by) values ('FEED', 'a11y feed', 'http://127.0.0.1:9/feed', 'test')
                returning id
                """).query(Long.class).single();
        jdbc.sql("""
                insert into job_run(source_id, status, started_at, finished_at, seen, new_count, total_expected)
                values (:source, 'SUCCEEDED', now() - interval '2 minutes', now() - interval '1 minute', 3, 3, 3)
                """).param("source", source).update();
        jdbc.sql("""
                insert into job_run(source_id, status, started_at, finished_at, seen, failed, total_expected,
                                    error_samples, message)
                values (:source, 'FAILED', now() - interval '1 minute', now(), 2, 1, 2,
                        '[{"item": "http://127.0.0.1:9/a", "error": "connection refused"}]'::jsonb, 'one item failed')
                """).param("source", source).update();
    }
}
