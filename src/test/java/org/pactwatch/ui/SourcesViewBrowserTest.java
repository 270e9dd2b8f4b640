package org.pactwatch.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pactwatch.Browser;
import org.pactwatch.IntegrationTest;
import org.pactwatch.ingest.JobRun;
import org.pactwatch.ingest.JobService;
import org.pactwatch.ingest.JobStatus;
import org.pactwatch.ingest.SampleCorpus;
import org.pactwatch.ingest.SampleSite;
import org.pactwatch.ingest.Source;
import org.pactwatch.ingest.SourceService;
import org.pactwatch.ingest.parse.DocumentDraft;
import org.springframework.beans.factory.annotation.Autowired;

/** The analyst's path: add a feed in the Sources & Jobs view, run it, watch the job finish without reloading. */
class SourcesViewBrowserTest extends IntegrationTest {

    @Autowired
    SourceService sources;

    @Autowired
    JobService jobs;

    @Test
    void analystAddsAFeedRunsItAndSeesTheJobFinish() {
        SampleCorpus corpus = SampleCorpus.load();
        List<DocumentDraft> articles = corpus.news().subList(0, 6);
        try (SampleSite site = new SampleSite(corpus);
                Browser browser = new Browser(baseUrl())) {
            site.route("/browser/feed.xml", x -> SampleSite.Response.of("application/rss+xml", site.rss(articles)));
            String feedUrl = site.base() + "/browser/feed.xml";

            browser.login(ADMIN, ADMIN_PASSWORD);
            browser.open("/sources");
            browser.waitFor(By.id("add-source")).click();
            type(browser, "source-name", "Browser test feed");
            type(browser, "source-url", feedUrl);
            browser.waitFor(By.id("save-source")).click();
            browser.waitForVaadin();

            Source created = sources.list().stream()
                    .filter(s -> feedUrl.equals(s.url()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the view did not create the source"));
            browser.waitFor(By.id("run-" + created.id())).click();

            JobRun run = await().atMost(Duration.ofSeconds(30))
                    .until(() -> jobs.list(created.id(), 0, 1).items(), items -> !items.isEmpty())
                    .getFirst();
            // The row and its bar are pushed by the view's poller: the page is never reloaded.
            new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
                    .until(d -> d.findElements(By.id("progress-" + run.id())).stream()
                            .anyMatch(b -> "1".equals(b.getDomProperty("value"))));
            JobRun done = jobs.get(run.id());
            assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
            assertThat(done.newCount() + done.duplicate()).isEqualTo(articles.size());
            // The bar can reach 6 / 6 one poll before the run is marked finished: wait for that next push.
            browser.waitUntil(d -> d.findElement(By.id("jobs-grid")).getText().contains("SUCCEEDED"));
            assertThat(browser.waitFor(By.id("jobs-grid")).getText()).contains("Browser test feed", "SUCCEEDED");
            assertThat(site.hits("/browser/feed.xml")).isEqualTo(1);
            browser.screenshot("sources-and-jobs");
        }
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.waitFor(By.cssSelector("#" + id + " input"));
        input.sendKeys(text, Keys.TAB);
    }
}
