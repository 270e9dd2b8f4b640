package org.pactwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.pactwatch.Browser;
import org.pactwatch.IntegrationTest;
import org.pactwatch.alert.SavedSearchService;
import org.pactwatch.company.CompanyService;
import org.pactwatch.deal.ApiClient;
import org.pactwatch.deal.DealPipeline;
import org.pactwatch.deal.DealQueries;
import org.pactwatch.deal.DealView;
import org.pactwatch.deal.ReviewState;
import org.pactwatch.deal.ScriptedDealExtractor;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.search.SearchService;
import org.pactwatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The analysts' workspace in a real browser: search, deals, review, companies, saved searches, roles, bad input. */
class AnalystWorkspaceBrowserTest extends IntegrationTest {

    private static final String ANALYST = "analyst";
    private static final String STRATEGIST = "strategist";
    private static final String REGULATOR = "regulator";

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
    CompanyService companies;

    @Autowired
    SavedSearchService savedSearches;

    @Autowired
    UserService users;

    private AnalystFixture fixture;

    @BeforeEach
    void setUp() {
        new ApiClient(baseUrl(), users);
        fixture = new AnalystFixture(jdbc, extractor, pipeline, search);
    }

    @Test
    void facetsNarrowTheSearchAndTheUrlHoldsIt() {
        String token = AnalystFixture.unique("Qorvex");
        fixture.article(
                token + " cloud pact",
                LocalDate.of(2024, 3, 1),
                DealType.CLOUD_COMMITMENT,
                token + " Labs",
                "Nimbus " + token,
                2_000_000_000L,
                token + " Labs commits $2 billion to Nimbus cloud.");
        fixture.article(
                token + " funding",
                LocalDate.of(2024, 5, 2),
                DealType.INVESTMENT,
                "Vega " + token,
                token + " Labs",
                500_000_000L,
                "Vega invests $500 million in " + token + " Labs.");
        fixture.article(
                token + " more funding",
                LocalDate.of(2023, 7, 9),
                DealType.INVESTMENT,
                "Orion " + token,
                token + " Labs",
                300_000_000L,
                "Orion puts $300 million into " + token + " Labs.");
        fixture.awaitIndexed(token, 3);

        try (Browser browser = new Browser(baseUrl())) {
            browser.login(ANALYST, ApiClient.PASSWORD);
            browser.open("/search?q=" + token);
            browser.waitUntil(d -> hits(browser) == 3);
            assertThat(browser.waitFor(By.id("search-summary")).getText()).startsWith("3 deals");
            assertThat(browser.isPresent(By.cssSelector("#search-results mark.pw-hl")))
                    .isTrue();
            browser.screenshot("analyst-search");

            browser.waitFor(By.cssSelector("[data-facet='type'][data-value='INVESTMENT']"))
                    .click();
            browser.waitUntil(d -> hits(browser) == 2);
            assertThat(browser.driver().getCurrentUrl()).contains("dealType=INVESTMENT");

            browser.waitFor(By.cssSelector("[data-facet='year'][data-value='2023']"))
                    .click();
            browser.waitUntil(d -> hits(browser) == 1);
            String shared = browser.driver().getCurrentUrl();
            assertThat(shared).contains("year=2023").contains("dealType=INVESTMENT");

            // the URL is the whole search: opening it again gives the same result
            browser.driver().get(shared);
            browser.waitForVaadin();
            browser.waitUntil(d -> hits(browser) == 1);

            browser.open("/search?type=documents&q=" + token);
            browser.waitUntil(d -> browser.driver()
                            .findElements(By.cssSelector("#search-results .pw-hit[data-kind='document']"))
                            .size()
                    == 3);
        }
    }

    @Test
    void badQueriesShowAClearMessageAndNeverRenderInjectedMarkup() {
        try (Browser browser = new Browser(baseUrl())) {
            browser.login(ANALYST, ApiClient.PASSWORD);
            browser.open("/search?q=" + encode("\"unbalanced quote"));
            assertThat(browser.waitFor(By.id("search-error")).getText()).contains("Cannot search");

            browser.open("/search?q=" + encode("<script>window.pwned=1</script><img src=x onerror=window.pwned=2>"));
            browser.waitFor(By.id("search-summary"));
            assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
            assertThat(browser.isPresent(By.cssSelector("#search-results img, #search-results script")))
                    .isFalse();

            browser.open("/search?q=" + "a".repeat(10_001));
            assertThat(browser.waitFor(By.id("search-error")).getText()).contains("longer than");

            browser.open("/search?q=" + encode("*soft"));
            browser.waitFor(By.id("search-summary"));
            assertThat(browser.isPresent(By.cssSelector("#search-error:not([hidden])")))
                    .isFalse();
            browser.screenshot("analyst-search-bad-input");

            browser.open("/search?from=not-a-date");
            assertThat(browser.waitFor(By.id("search-error")).getText()).contains("from must be a date");
        }
    }

    @Test
    void anAnalystOpensADealEditsItAndTheChangeIsAudited() {
        String token = AnalystFixture.unique("Helix");
        long dealId = fixture.article(
                        token + " deal",
                        LocalDate.of(2025, 1, 15),
                        DealType.INVESTMENT,
                        "Atlas " + token,
                        token + " AI",
                        1_000_000_000L,
                        "Atlas will invest $1 billion in " + token + " AI.")
                .getFirst();
        fixture.article(
                token + " second",
                LocalDate.of(2025, 2, 1),
                DealType.SUPPLY,
                token + " AI",
                "Chipco " + token,
                100_000_000L,
                token + " AI buys chips from Chipco for $100 million.");

        try (Browser browser = new Browser(baseUrl())) {
            browser.login(ANALYST, ApiClient.PASSWORD);
            browser.open("/deals?type=INVESTMENT");
            browser.waitFor(By.id("deals-grid"));
            assertThat(browser.waitFor(By.id("deals-total")).getText()).endsWith("deals");
            browser.screenshot("analyst-deals");

            browser.open("/deals/" + dealId);
            assertThat(browser.waitFor(By.id("deal-title")).getText()).contains("Atlas " + token);
            browser.screenshot("analyst-deal");
            // the evidence sentence is marked inside its document's text
            assertThat(browser.waitFor(By.id("evidence-0-0")).getText())
                    .isEqualTo("Atlas will invest $1 billion in " + token + " AI.");
            assertThat(browser.waitFor(By.id("deal-other-deals")).getText()).contains("Chipco " + token);

            browser.waitFor(By.id("deal-edit")).click();
            WebElement amount = browser.waitFor(By.cssSelector("#edit-amount-text input"));
            amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), "<img src=x onerror=window.pwned=3>");
            browser.driver().findElement(By.id("edit-save")).click();
            assertThat(browser.waitFor(By.cssSelector("vaadin-notification-card"))
                            .getText())
                    .contains("must not contain markup");
            assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);

            amount.sendKeys(Keys.chord(Keys.CONTROL, "a"), "about $1.2 billion");
            WebElement term = browser.waitFor(By.cssSelector("#edit-term input"));
            term.sendKeys(Keys.chord(Keys.CONTROL, "a"), "84");
            browser.driver().findElement(By.id("edit-save")).click();
            browser.waitUntil(d -> textOf(browser, "deal-review-state").equals("EDITED"));
            String fields = browser.waitFor(By.id("deal-fields")).getText();
            assertThat(fields).contains("84 months").contains("about $1.2 billion");
            browser.screenshot("analyst-deal-edited");
            browser.script("document.getElementById('evidence-0-0').scrollIntoView({block: 'center'})");
            browser.screenshot("analyst-deal-evidence");
        }
        DealView after = deals.view(dealId).orElseThrow();
        assertThat(after.termMonths()).isEqualTo(84);
        assertThat(after.reviewState()).isEqualTo(ReviewState.EDITED);
        assertThat(after.reviewedBy()).isEqualTo(ANALYST);
        List<String> audit = jdbc.sql("""
                select actor || ' ' || action || ' ' || coalesce(before_state::text, '') || ' '
                       || coalesce(after_state::text, '')
                  from audit_log where entity_type = 'deal' and entity_id = :id
                """)
                .param("id", String.valueOf(dealId))
                .query(String.class)
                .list();
        assertThat(audit)
                .anySatisfy(row -> assertThat(row.replace(" ", ""))
                        .startsWith(ANALYST + "deal.edit")
                        .contains("\"termMonths\":null")
                        .contains("\"termMonths\":84"));
    }

    @Test
    void anAnalystMergesADuplicateCompanyAndEditsAliases() {
        String token = AnalystFixture.unique("Kestrel");
        fixture.article(
                token + " one",
                LocalDate.of(2024, 6, 1),
                DealType.INVESTMENT,
                "Fund " + token,
                token + " Robotics",
                200_000_000L,
                "Fund invests $200 million in " + token + " Robotics.");
        fixture.article(
                token + " two",
                LocalDate.of(2024, 8, 1),
                DealType.INVESTMENT,
                "Other Fund " + token,
                token + " Robotix",
                50_000_000L,
                "Other Fund backs " + token + " Robotix with $50 million.");
        long target = companies.findId(token + " Robotics").orElseThrow();
        long duplicate = companies.findId(token + " Robotix").orElseThrow();

        try (Browser browser = new Browser(baseUrl())) {
            browser.login(ANALYST, ApiClient.PASSWORD);
            browser.open("/companies/" + target);
            assertThat(browser.waitFor(By.id("company-name")).getText()).isEqualTo(token + " Robotics");

            browser.waitFor(By.id("company-merge")).click();
            pickFromComboBox(browser, "merge-company", token + " Robotix");
            browser.driver().findElement(By.id("merge-company-confirm")).click();
            browser.waitUntil(
                    d -> browser.waitFor(By.id("company-aliases")).getText().contains(token + " Robotix"));
            assertThat(browser.waitFor(By.id("company-deals-payee")).getText()).contains("Other Fund " + token);
            assertThat(browser.waitFor(By.id("company-timeline")).getText()).contains("2024");

            browser.waitFor(By.cssSelector("#alias-new input")).sendKeys("<script>window.pwned=4</script>");
            browser.driver().findElement(By.id("alias-add")).click();
            browser.waitUntil(d -> browser.isPresent(By.cssSelector("vaadin-notification-card")));
            assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
            browser.waitFor(By.cssSelector("#alias-new input"))
                    .sendKeys(Keys.chord(Keys.CONTROL, "a"), token + " Machines");
            browser.driver().findElement(By.id("alias-add")).click();
            browser.waitUntil(
                    d -> browser.waitFor(By.id("company-aliases")).getText().contains(token + " Machines"));
            browser.screenshot("analyst-company");
        }
        assertThat(companies.profile(duplicate).orElseThrow().mergedInto().id()).isEqualTo(target);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'company.merge' and entity_id = :id")
                        .param("id", String.valueOf(target))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void savingASearchRaisesAnAlertWhenAMatchingDealArrives() {
        String token = AnalystFixture.unique("Pyxis");
        try (Browser browser = new Browser(baseUrl())) {
            browser.login(ANALYST, ApiClient.PASSWORD);
            browser.open("/search?q=" + token + "&dealType=INVESTMENT");
            browser.waitFor(By.id("search-summary"));
            browser.waitFor(By.id("save-search")).click();
            WebElement name = browser.waitFor(By.cssSelector("#saved-search-name input"));
            name.sendKeys(Keys.chord(Keys.CONTROL, "a"), token + " investments");
            browser.driver().findElement(By.id("saved-search-save")).click();
            browser.waitForVaadin();
            AnalystFixture.await(() ->
                    savedSearches.list(ANALYST).stream().anyMatch(s -> s.name().equals(token + " investments")));
            long unreadBefore = savedSearches.unreadCount(ANALYST);

            fixture.article(
                    token + " news",
                    LocalDate.now(),
                    DealType.INVESTMENT,
                    "Lyra " + token,
                    token + " Systems",
                    700_000_000L,
                    "Lyra invests $700 million in " + token + " Systems.");
            fixture.article(
                    token + " supply news",
                    LocalDate.now(),
                    DealType.SUPPLY,
                    token + " Systems",
                    "Volt " + token,
                    10_000_000L,
                    token + " Systems buys power from Volt for $10 million.");
            AnalystFixture.await(() -> savedSearches.unreadCount(ANALYST) == unreadBefore + 1);

            browser.open("/saved-searches");
            assertThat(browser.waitFor(By.id("alerts-unread")).getText()).isNotBlank();
            assertThat(browser.waitFor(By.id("alerts")).getText())
                    .contains("Lyra " + token)
                    .doesNotContain("Volt " + token);
            browser.screenshot("analyst-saved-searches");

            browser.waitFor(By.xpath("//vaadin-button[@data-action='feed']")).click();
            browser.waitFor(By.id("feed-url"));
            String feedUrl = (String) browser.script("return document.querySelector('#feed-url').value");
            assertThat(feedUrl).contains("/feeds/saved-searches/");
            browser.driver().get(feedUrl);
            assertThat(browser.driver().getPageSource())
                    .contains("Lyra " + token)
                    .contains("feed");
        }
    }

    @Test
    void strategistsAndRegulatorsReadButCannotReview() {
        String token = AnalystFixture.unique("Corvid");
        long dealId = fixture.article(
                        token + " deal",
                        LocalDate.of(2024, 4, 4),
                        DealType.PARTNERSHIP,
                        token + " One",
                        token + " Two",
                        1_000_000L,
                        token + " One partners with " + token + " Two.")
                .getFirst();
        long company = companies.findId(token + " One").orElseThrow();
        for (String user : List.of(STRATEGIST, REGULATOR)) {
            try (Browser browser = new Browser(baseUrl())) {
                browser.login(user, ApiClient.PASSWORD);
                browser.open("/deals/" + dealId);
                browser.waitFor(By.id("deal-read-only"));
                assertThat(browser.isPresent(By.id("deal-edit"))).isFalse();
                assertThat(browser.isPresent(By.id("deal-confirm"))).isFalse();
                browser.open("/companies/" + company);
                browser.waitFor(By.id("company-name"));
                assertThat(browser.isPresent(By.id("company-merge"))).isFalse();
                assertThat(browser.isPresent(By.id("alias-add"))).isFalse();
            }
        }
        assertThat(deals.view(dealId).orElseThrow().reviewState()).isEqualTo(ReviewState.UNREVIEWED);
    }

    /** The element's text, or "" while it is missing or being replaced (the page reloads after a review). */
    private static String textOf(Browser browser, String id) {
        try {
            return browser.driver().findElement(By.id(id)).getText();
        } catch (org.openqa.selenium.WebDriverException e) {
            return "";
        }
    }

    private static int hits(Browser browser) {
        return browser.driver()
                .findElements(By.cssSelector("#search-results .pw-hit"))
                .size();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Types into a lazy combo box and clicks the suggestion with this label, wherever the overlay renders it. */
    private static void pickFromComboBox(Browser browser, String comboId, String label) {
        WebElement input = browser.waitFor(By.cssSelector("#" + comboId + " input"));
        input.sendKeys(label);
        browser.waitUntil(d -> (Boolean) browser.script("""
                const label = arguments[0];
                const find = (root) => {
                  for (const el of root.querySelectorAll('*')) {
                    if (el.localName === 'vaadin-combo-box-item' && el.textContent.trim() === label) return el;
                    if (el.shadowRoot) { const f = find(el.shadowRoot); if (f) return f; }
                  }
                  return null;
                };
                const item = find(document);
                if (item) { item.click(); return true; }
                return false;
                """, label));
        browser.waitForVaadin();
        browser.waitUntil(d ->
                (Boolean) browser.script("return document.getElementById(arguments[0]).selectedItem != null", comboId));
    }
}
