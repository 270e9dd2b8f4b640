package org.pactwatch.ui.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.pactwatch.Browser;
import org.pactwatch.IntegrationTest;
import org.pactwatch.StrategyIntegrationTest;

class TimelineBrowserTest extends StrategyIntegrationTest {

    @Test
    void theStoryOpensByDefaultAndAClickedBubbleOpensItsDeal() {
        try (Browser browser = new Browser(baseUrl())) {
            browser.login(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
            browser.open("/timeline");
            browser.waitFor(By.cssSelector("pw-timeline-chart[data-rendered='true']"));

            @SuppressWarnings("unchecked")
            Map<String, Object> shown =
                    (Map<String, Object>) browser.script("return document.getElementById('timeline-chart').summary()");
            assertThat(shown).containsEntry("lanes", 4L).containsEntry("bubbles", 7L);
            assertThat(browser.waitFor(By.id("timeline-summary")).getText()).isEqualTo("7 of 7 deals");
            assertThat(browser.driver().getCurrentUrl()).contains("companies=").contains("between=true");
            assertThat((String) browser.script(
                            "return document.getElementById('timeline-chart').pngDataUrl().substring(0, 22)"))
                    .isEqualTo("data:image/png;base64,");
            browser.screenshot("strategist-timeline");

            // ECharts draws on canvas: find the $50B bubble's pixel through the chart's API, then click there.
            @SuppressWarnings("unchecked")
            java.util.List<Number> pixel = (java.util.List<Number>) browser.script("""
                    const el = document.getElementById('timeline-chart');
                    window.clickedDeal = null;
                    el.addEventListener('deal-click', e => window.clickedDeal = e.detail.id);
                    const entry = el.data.entries.find(e => e.deal.amountText === '$50 billion');
                    const [x, y] = el.echarts().convertToPixel({xAxisIndex: 0, yAxisIndex: 0},
                        [entry.deal.dealDate, entry.lane]);
                    // the drawing sits below the chart's caption and text alternative
                    const box = el.getBoundingClientRect();
                    const canvas = el.shadowRoot.getElementById('c').getBoundingClientRect();
                    return [canvas.left - box.left + x - box.width / 2, canvas.top - box.top + y - box.height / 2];
                    """);
            WebElement chart = browser.driver().findElement(By.id("timeline-chart"));
            new Actions(browser.driver())
                    .moveToElement(chart, pixel.get(0).intValue(), pixel.get(1).intValue())
                    .click()
                    .perform();
            browser.waitUntil(d -> browser.script("return window.clickedDeal") != null);
            assertThat(((Number) browser.script("return window.clickedDeal")).longValue())
                    .isEqualTo(fixture.deal("amazon-openai-2026"));
            browser.waitUntil(d -> d.getCurrentUrl().contains("/deals/" + fixture.deal("amazon-openai-2026")));
        }
    }

    @Test
    void aPairFromTheAddressAndABrushedRangeFilterTheTable() {
        try (Browser browser = new Browser(baseUrl())) {
            browser.login(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
            browser.open("/timeline?companies=" + fixture.company("Microsoft") + "," + fixture.company("OpenAI")
                    + "&between=true");
            browser.waitFor(By.cssSelector("pw-timeline-chart[data-rendered='true']"));
            assertThat(browser.waitFor(By.id("timeline-summary")).getText()).isEqualTo("2 of 2 deals");

            browser.script("""
                    document.getElementById('timeline-chart').dispatchEvent(new CustomEvent('range-select',
                        {detail: {from: '2025-01-01', to: '2025-12-31'}}));
                    """);
            browser.waitUntil(d -> browser.waitFor(By.id("timeline-summary"))
                    .getText()
                    .equals("1 of 2 deals from 2025-01-01 to 2025-12-31"));
        }
    }
}
