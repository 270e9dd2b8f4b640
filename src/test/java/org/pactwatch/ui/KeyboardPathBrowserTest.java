package org.pactwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.pactwatch.Browser;
import org.pactwatch.IntegrationTest;
import org.pactwatch.company.CompanyService;
import org.pactwatch.deal.DealPipeline;
import org.pactwatch.deal.DealQueries;
import org.pactwatch.deal.ReviewState;
import org.pactwatch.deal.ScriptedDealExtractor;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.search.SearchService;
import org.pactwatch.security.Role;
import org.pactwatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The analyst's main path by keyboard alone — search, open a deal, confirm it, export its evidence — with Selenium
 * Actions that press only Tab, Shift+Tab, Enter, Space and the arrow keys (and type the words a search needs). At
 * every stop the focused element must show that it has the focus, and each step's outcome must have happened.
 */
class KeyboardPathBrowserTest extends IntegrationTest {

    private static final String USER = "keyboard-analyst";
    private static final String PASSWORD = "keyboard-pass-123";
    private static final int MAX_TABS = 120;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScriptedDealExtractor extractor;

    @Autowired
    DealPipeline pipeline;

    @Autowired
    SearchService search;

    @Autowired
    DealQueries deals;

    @Autowired
    UserService users;

    @Autowired
    CompanyService companies;

    @Test
    void searchOpenConfirmAndExportADealWithTheKeyboardOnly() {
        if (users.find(USER).isEmpty()) {
            users.create("test", USER, PASSWORD, EnumSet.of(Role.ANALYST, Role.REGULATOR));
        }
        AnalystFixture fixture = new AnalystFixture(jdbc, extractor, pipeline, search);
        String token = AnalystFixture.unique("Keyb");
        String payee = token + " Labs";
        long dealId = fixture.article(
                        token + " funding round",
                        LocalDate.of(2025, 3, 3),
                        DealType.INVESTMENT,
                        "Fund " + token,
                        payee,
                        750_000_000L,
                        "Fund " + token + " invests $750 million in " + payee + ".")
                .getFirst();
        fixture.awaitIndexed(token, 1);

        try (Browser browser = new Browser(baseUrl())) {
            browser.login(USER, PASSWORD);
            browser.waitFor(By.id("dashboard-cards"));
            List<String> stops = new ArrayList<>();

            // the skip link is the first stop and moves the focus into main
            press(browser, Keys.TAB);
            assertThat(focused(browser, "#skip-link"))
                    .as("the first Tab reaches the skip link")
                    .isTrue();
            assertFocusVisible(browser, "skip link", stops);
            press(browser, Keys.ENTER);
            browser.waitUntil(d -> focused(browser, "#main-content"));

            // search: the navigation's Search item, the query box, Enter
            tabTo(browser, "vaadin-side-nav-item[path='search']", "navigation: Search", stops);
            press(browser, Keys.ENTER);
            browser.waitUntil(d -> d.getCurrentUrl().contains("/search"));
            browser.waitForVaadin();
            tabTo(browser, "#search-query", "search query", stops);
            new Actions(browser.driver()).sendKeys(token).perform();
            press(browser, Keys.ENTER);
            browser.waitUntil(
                    d -> browser.isPresent(By.cssSelector("#search-results .pw-hit[data-id='" + dealId + "']")));

            // open the deal from its hit
            tabTo(browser, "#search-results .pw-hit[data-id='" + dealId + "'] a", "the deal's hit", stops);
            press(browser, Keys.ENTER);
            browser.waitUntil(d -> d.getCurrentUrl().endsWith("/deals/" + dealId));
            assertThat(browser.waitFor(By.id("deal-title")).getText()).contains(payee);

            // confirm it with Space; the page reloads with the new state
            tabTo(browser, "#deal-confirm", "Confirm", stops);
            press(browser, Keys.SPACE);
            browser.waitUntil(d -> "CONFIRMED".equals(textOf(browser, "deal-review-state")));
            assertThat(deals.view(dealId).orElseThrow().reviewState()).isEqualTo(ReviewState.CONFIRMED);

            // export: the navigation's Exports item, one company's relationships, the company, Export
            tabTo(browser, "vaadin-side-nav-item[path='exports']", "navigation: Exports", stops);
            press(browser, Keys.ENTER);
            browser.waitUntil(d -> d.getCurrentUrl().contains("/exports"));
            browser.waitForVaadin();
            tabTo(browser, "#export-mode vaadin-radio-button[checked]", "export scope", stops);
            press(browser, Keys.ARROW_DOWN);
            browser.waitForVaadin();
            browser.waitUntil(d ->
                    (Boolean) browser.script("return document.getElementById('export-company').offsetParent !== null"));
            tabTo(browser, "#export-company", "export company", stops);
            new Actions(browser.driver()).sendKeys(payee).perform();
            pickTyped(browser, "export-company", payee);
            tabTo(browser, "#export-button", "Export and download", stops);
            press(browser, Keys.ENTER);
            assertThat(browser.waitFor(By.id("export-download")).getText()).startsWith("Download ");
            browser.screenshot("keyboard-path-exported");
            System.out.println("KEYBOARD path, focus visible at every stop: " + String.join(" → ", stops));
        }
        assertThat(jdbc.sql("select count(*) from export_record where created_by = :user and scope::text like :name")
                        .param("user", USER)
                        .param("name", "%" + payee + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void gridsChartsAndTheStrategistsFiltersWorkByKeyboard() {
        if (users.find(USER).isEmpty()) {
            users.create("test", USER, PASSWORD, EnumSet.of(Role.ANALYST, Role.REGULATOR));
        }
        AnalystFixture fixture = new AnalystFixture(jdbc, extractor, pipeline, search);
        String token = AnalystFixture.unique("Keyg");
        String fund = "Fund " + token;
        String lab = token + " Labs";
        String cloud = token + " Cloud";
        fixture.article(
                token + " round",
                LocalDate.of(2024, 2, 2),
                DealType.INVESTMENT,
                fund,
                lab,
                400_000_000L,
                fund + " invests $400 million in " + lab + ".");
        fixture.article(
                token + " compute",
                LocalDate.of(2024, 6, 6),
                DealType.CLOUD_COMMITMENT,
                lab,
                cloud,
                900_000_000L,
                lab + " commits $900 million to " + cloud + ".");
        long labId = companies.findId(lab).orElseThrow();
        String ids = companies.findId(fund).orElseThrow() + "," + labId + ","
                + companies.findId(cloud).orElseThrow();

        try (Browser browser = new Browser(baseUrl())) {
            browser.login(USER, PASSWORD);
            List<String> stops = new ArrayList<>();

            // the deals grid: Tab into its header, on into its rows, arrow down to the second deal, Enter opens it
            browser.open("/deals?company=" + labId);
            browser.waitUntil(d -> textOf(browser, "deals-total").equals("2 deals"));
            tabTo(browser, "#deals-grid", "deals grid header", stops);
            // Tab moves from the header into the rows, the arrow keys between rows
            tabTo(browser, "#deals-grid", "#items td", "deals grid rows", stops);
            press(browser, Keys.ARROW_DOWN);
            assertFocusVisible(browser, "deals grid row", stops);
            press(browser, Keys.ENTER);
            browser.waitUntil(d -> d.getCurrentUrl().matches(".*/deals/\\d+$"));
            assertThat(browser.waitFor(By.id("deal-title")).getText()).contains(lab);

            // the timeline's filter and its chart's data table
            browser.open("/timeline?companies=" + ids + "&between=true");
            browser.waitFor(By.cssSelector("pw-timeline-chart[data-rendered='true']"));
            tabTo(browser, "#timeline-between", "timeline: only deals among them", stops);
            press(browser, Keys.SPACE);
            browser.waitUntil(d -> d.getCurrentUrl().contains("between=false"));
            tabTo(browser, "#timeline-chart", "button#toggle", "timeline: show as table", stops);
            press(browser, Keys.ENTER);
            browser.waitUntil(d -> String.valueOf(
                            browser.script(
                                    "return document.getElementById('timeline-chart').shadowRoot.getElementById('tbl').innerText"))
                    .contains(cloud));

            // the graph: focus on a company (ego network) from the keyboard
            browser.open("/graph");
            browser.waitFor(By.cssSelector("pw-graph-chart[data-rendered='true']"));
            tabTo(browser, "#graph-ego", "graph: ego network of", stops);
            new Actions(browser.driver()).sendKeys(lab).perform();
            pickTyped(browser, "graph-ego", lab);
            browser.waitUntil(d -> textOf(browser, "graph-summary").startsWith("3 companies"));
            System.out.println("KEYBOARD strategist views, focus visible at every stop: " + String.join(" → ", stops));
        }
    }

    /** After typing into a combo box: waits for the one matching suggestion, takes it with the arrow key and Enter. */
    private static void pickTyped(Browser browser, String comboId, String label) {
        browser.waitUntil(d -> (Boolean) browser.script(
                "const f = document.getElementById(arguments[0]).filteredItems;"
                        + " return !!f && f.length === 1 && (f[0].label || f[0]) === arguments[1];",
                comboId,
                label));
        press(browser, Keys.ARROW_DOWN);
        press(browser, Keys.ENTER);
        browser.waitForVaadin();
        browser.waitUntil(d -> (Boolean) browser.script(
                "const c = document.getElementById(arguments[0]);"
                        + " return !!c.selectedItem && (c.selectedItem.label || c.selectedItem) === arguments[1];",
                comboId,
                label));
    }

    private static void press(Browser browser, CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    /** Presses Tab until the focus is on an element matching {@code inner} inside the component {@code host}. */
    private static void tabTo(Browser browser, String host, String inner, String name, List<String> stops) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (Boolean.TRUE.equals(browser.script(
                    CHAIN + "const c = chain(); return c.some((e) => e.closest && e.closest(arguments[0]))"
                            + " && c.some((e) => e.matches && e.matches(arguments[1]));",
                    inner,
                    host))) {
                assertFocusVisible(browser, name, stops);
                return;
            }
            press(browser, Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + name + "; the focus is on " + describeFocus(browser));
    }

    /** Presses Tab (or, past the end, keeps wrapping) until the focus is on or inside the element {@code css}. */
    private static void tabTo(Browser browser, String css, String name, List<String> stops) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (focused(browser, css)) {
                assertFocusVisible(browser, name, stops);
                return;
            }
            press(browser, Keys.TAB);
        }
        throw new AssertionError(
                "Tab never reached " + name + " (" + css + "); the focus is on " + describeFocus(browser));
    }

    /** The focused element, through shadow roots, and its shadow hosts: does one of them match {@code css}? */
    private static boolean focused(Browser browser, String css) {
        return Boolean.TRUE.equals(
                browser.script(CHAIN + "return chain().some((e) => e.closest && e.closest(arguments[0]));", css));
    }

    private static void assertFocusVisible(Browser browser, String name, List<String> stops) {
        assertThat((Boolean) browser.script(CHAIN + """
                        return chain().some((e) => {
                          // a Vaadin component marks keyboard focus with focus-ring (Lumo draws its ring from it),
                          // also when the focused input is its slotted child
                          if (e.closest && e.closest('[focus-ring]')) return true;
                          // a grid in keyboard navigation draws Lumo's ring around its focused cell or row
                          if (e.localName === 'vaadin-grid' && e.hasAttribute('navigating')) return true;
                          if (!e.matches || !e.matches(':focus-visible')) return false;
                          const s = getComputedStyle(e);
                          return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
                        });
                        """))
                .as("the focus on " + name + " is visible (" + describeFocus(browser) + ")")
                .isTrue();
        stops.add(name);
    }

    private static String describeFocus(Browser browser) {
        return String.valueOf(browser.script(CHAIN
                + "return chain().map((e) => e.localName + (e.id ? '#' + e.id : '')"
                + " + (e.hasAttribute && e.hasAttribute('focus-ring') ? '[focus-ring]' : '')).join(' < ');"));
    }

    /** chain(): the deepest focused element first, then each shadow host above it. */
    private static final String CHAIN = """
            const chain = () => {
              const out = [];
              let e = document.activeElement;
              while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
              while (e) {
                out.push(e);
                const root = e.getRootNode();
                e = root && root.host ? root.host : null;
              }
              return out;
            };
            """;

    private static String textOf(Browser browser, String id) {
        try {
            return browser.driver().findElement(By.id(id)).getText();
        } catch (org.openqa.selenium.WebDriverException e) {
            return "";
        }
    }
}
