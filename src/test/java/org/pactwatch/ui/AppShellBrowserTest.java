package org.pactwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.pactwatch.Browser;
import org.pactwatch.IntegrationTest;

class AppShellBrowserTest extends IntegrationTest {

    @Test
    void adminSignsInAndSeesTheShellWithTheBriefing() {
        try (Browser browser = new Browser(baseUrl())) {
            browser.login(ADMIN, ADMIN_PASSWORD);
            browser.waitFor(By.id("dashboard-cards"));
            String nav = browser.waitFor(By.id("main-nav")).getText();
            assertThat(nav).contains("Dashboard", "Admin");
            assertThat(browser.waitFor(By.id("tile-new")).getText()).contains("New deals", "deals stored since");
            assertThat(browser.screenshot("app-shell")).exists();

            browser.driver().findElement(By.id("theme-toggle")).click();
            browser.waitUntil(
                    d -> (Boolean) browser.script("return document.documentElement.getAttribute('theme') === 'dark'"));
            browser.screenshot("app-shell-dark");
        }
    }

    @Test
    void wrongPasswordIsReportedOnTheLoginForm() {
        try (Browser browser = new Browser(baseUrl())) {
            browser.login(ADMIN, "not-the-password");
            assertThat(browser.driver().getCurrentUrl()).contains("/login");
            assertThat(browser.waitFor(By.cssSelector("vaadin-login-form[error]")))
                    .isNotNull();
        }
    }
}
