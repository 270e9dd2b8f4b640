package org.pactwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pactwatch.Browser;
import org.pactwatch.IntegrationTest;
import org.pactwatch.report.TieUpFixture;
import org.pactwatch.security.Role;
import org.pactwatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;

class ExportsViewBrowserTest extends IntegrationTest {

    private static final String PASSWORD = "view-pass-123";

    @Autowired
    UserService users;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void setUp() {
        TieUpFixture.load(dataSource);
        for (var user : java.util.Map.of(
                        "view-regulator", EnumSet.of(Role.REGULATOR),
                        "view-analyst", EnumSet.of(Role.ANALYST),
                        "view-strategist", EnumSet.of(Role.STRATEGIST))
                .entrySet()) {
            if (users.find(user.getKey()).isEmpty()) {
                users.create("test", user.getKey(), PASSWORD, user.getValue());
            }
        }
    }

    @Test
    void regulatorPreviewsExportsAndDownloadsATieUpSummary() {
        try (Browser browser = new Browser(baseUrl())) {
            browser.login("view-regulator", PASSWORD);
            assertThat(browser.waitFor(By.id("main-nav")).getText()).contains("Exports");
            browser.open("/exports?company=Amazon&company=Anthropic&format=PDF");
            browser.waitFor(By.id("export-preview-button")).click();
            browser.waitForVaadin();
            WebElement summary = browser.waitFor(By.id("preview-summary"));
            assertThat(summary.getText()).contains("Amazon – Anthropic");
            String preview = browser.waitFor(By.id("export-preview")).getText();
            assertThat(preview)
                    .contains("up to $4 billion", "Trainium2", "UNREVIEWED", "Circular flows", "SHA-256")
                    .doesNotContain("$97 billion");
            browser.screenshot("exports-preview");

            browser.driver().findElement(By.id("export-button")).click();
            browser.waitForVaadin();
            WebElement link = browser.waitFor(By.id("export-download"));
            assertThat(link.getText())
                    .startsWith("Download tieup-amazon-anthropic-")
                    .endsWith(".pdf");
            String sha = browser.waitFor(By.id("export-sha256")).getText().replace("SHA-256 ", "");

            Object head = browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0].href, {credentials: 'same-origin'})
                        .then(r => r.arrayBuffer())
                        .then(b => crypto.subtle.digest('SHA-256', b).then(h => done(
                            new TextDecoder().decode(b.slice(0, 5)) + ' ' +
                            Array.from(new Uint8Array(h)).map(x => x.toString(16).padStart(2, '0')).join(''))))
                        .catch(e => done('error ' + e));
                    """, link);
            assertThat(head).isEqualTo("%PDF- " + sha);

            browser.waitUntil(
                    d -> browser.waitFor(By.id("export-history")).getText().contains("view-regulator"));
            browser.screenshot("exports-done");
        }
    }

    @Test
    void analystsAndStrategistsCannotOpenExports() {
        for (String user : new String[] {"view-analyst", "view-strategist"}) {
            try (Browser browser = new Browser(baseUrl())) {
                browser.login(user, PASSWORD);
                assertThat(browser.waitFor(By.id("main-nav")).getText()).doesNotContain("Exports");
                browser.open("/exports");
                assertThat(browser.isPresent(By.id("export-button"))).as(user).isFalse();
                assertThat(browser.isPresent(By.id("exports-view"))).as(user).isFalse();
            }
        }
    }
}
