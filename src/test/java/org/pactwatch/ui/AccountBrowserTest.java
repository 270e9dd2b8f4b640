package org.pactwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.pactwatch.Browser;
import org.pactwatch.IntegrationTest;

class AccountBrowserTest extends IntegrationTest {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void aUserCreatesAnApiTokenThatAuthenticatesTheApiUntilRevoked() throws Exception {
        try (Browser browser = new Browser(baseUrl())) {
            browser.login(ADMIN, ADMIN_PASSWORD);
            browser.open("/account");
            WebElement name = browser.waitFor(By.cssSelector("#token-name input"));
            name.sendKeys("<b>laptop</b>");
            browser.driver().findElement(By.id("create-token")).click();
            browser.waitForVaadin();
            String secret =
                    (String) browser.script("return document.querySelector('#token-secret').value", new Object[0]);
            assertThat(secret).startsWith("pw_");
            browser.screenshot("analyst-account");
            assertThat(get("/api/v1/no-such-endpoint", "Bearer " + secret).statusCode())
                    .isEqualTo(404);
            // the name is shown as text, never as markup
            assertThat(browser.isPresent(By.cssSelector("#tokens-grid b"))).isFalse();

            browser.script("document.querySelector('vaadin-dialog-overlay vaadin-button, vaadin-dialog vaadin-button')"
                    + ".click()");
            browser.waitForVaadin();
            browser.waitFor(By.xpath("//vaadin-button[normalize-space()='Revoke' and not(@disabled)]"))
                    .click();
            browser.waitForVaadin();
            browser.waitUntil(d -> {
                try {
                    return get("/api/v1/no-such-endpoint", "Bearer " + secret).statusCode() == 401;
                } catch (Exception e) {
                    return false;
                }
            });
        }
    }

    @Test
    void swaggerUiAndTheOpenApiDocumentAreServed() throws Exception {
        HttpResponse<String> ui = get("/swagger-ui.html", null);
        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
        HttpResponse<String> docs = get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\"");
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
