package org.pactwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pactwatch.client.ApiClient;
import org.pactwatch.client.ApiException;
import org.pactwatch.client.api.DealsApi;
import org.pactwatch.client.api.ExportsApi;
import org.pactwatch.client.api.JobsApi;
import org.pactwatch.client.api.SearchApi;
import org.pactwatch.client.api.SourcesApi;
import org.pactwatch.client.model.DealList;
import org.pactwatch.client.model.DealView;
import org.pactwatch.client.model.ExportRequest;
import org.pactwatch.client.model.JobRun;
import org.pactwatch.client.model.SearchResult;
import org.pactwatch.client.model.Source;
import org.pactwatch.client.model.SourceRequest;
import org.pactwatch.ingest.SampleCorpus;
import org.pactwatch.ingest.SampleSite;
import org.pactwatch.ingest.SampleSite.Response;
import org.pactwatch.security.ApiTokenService;
import org.pactwatch.security.Role;
import org.pactwatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Java client that openapi-generator builds from the document's snapshot (target/generated-test-sources/openapi)
 * against the running application, signed in with an API token as a script would be: a feed source on a local news
 * site, its run, the deals extracted from it, search and a CSV export; bad input and a missing token answer the
 * errors the document declares.
 */
class GeneratedClientTest extends IntegrationTest {

    private static final String USER = "client-it";
    private static SampleSite site;

    @Autowired
    UserService users;

    @Autowired
    ApiTokenService tokens;

    /** A wire's feed and its two articles: Snowflake's investment in Upstage and Upstage's cloud commitment. */
    @BeforeAll
    static void startNewsSite() {
        site = new SampleSite(new SampleCorpus(List.of(), List.of()));
        site.route("/client/feed.xml", x -> Response.of("application/rss+xml; charset=utf-8", feed()))
                .route(
                        "/client/snowflake-upstage.html",
                        x -> Response.of("text/html; charset=utf-8", page("""
                        Snowflake invests $200 million in Upstage""", """
                        SAN MATEO, Calif. — Snowflake said on Tuesday it would invest $200 million in Upstage, the \
                        Seoul-based AI lab, as part of a partnership that brings Upstage's Solar models to the \
                        Snowflake AI Data Cloud.""", """
                        The investment makes Snowflake one of Upstage's largest shareholders, the companies \
                        said.""")))
                .route("/client/upstage-cloud.html", x -> Response.of("text/html; charset=utf-8", page("""
                        Upstage commits $500 million to Snowflake over five years""", """
                        SEOUL — Upstage has agreed to spend $500 million on Snowflake's cloud over five years, the \
                        AI lab said on Wednesday, a week after Snowflake announced its investment in the \
                        company.""", """
                        Upstage will train and serve its Solar models on Snowflake, a person familiar with the \
                        agreement said.""")));
    }

    @AfterAll
    static void stopNewsSite() {
        site.close();
    }

    @Test
    void ingestsSearchesListsDealsAndExportsWithAnApiToken() throws Exception {
        ApiClient client = client(token());
        SourcesApi sources = new SourcesApi(client);
        JobsApi jobs = new JobsApi(client);

        Source source = sources.createSource(new SourceRequest()
                .kind(SourceRequest.KindEnum.FEED)
                .url(site.base() + "/client/feed.xml")
                .name("Client test wire"));
        assertThat(source.getId()).isPositive();
        assertThat(source.getKind()).isEqualTo(Source.KindEnum.FEED);

        JobRun queued = sources.runSource(source.getId());
        assertThat(queued.getSourceId()).isEqualTo(source.getId());
        JobRun finished = await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> jobs.getJob(queued.getId()), run -> run.getFinishedAt() != null);
        assertThat(finished.getStatus()).as(finished.toString()).isEqualTo(JobRun.StatusEnum.SUCCEEDED);
        assertThat(finished.getNew()).isEqualTo(2);

        DealsApi deals = new DealsApi(client);
        DealList upstage = await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> deals.listDeals("Upstage", null, null, null, null, null, 0, 50, "date,desc"),
                        list -> list.getItems().stream().anyMatch(GeneratedClientTest::snowflakeInvestsInUpstage));
        DealView investment = upstage.getItems().stream()
                .filter(GeneratedClientTest::snowflakeInvestsInUpstage)
                .findFirst()
                .orElseThrow();
        // the amount is the extractor's business (the two articles may cluster into one deal); its shape is ours
        assertThat(investment.getAmount().getUsd()).isPositive();
        assertThat(investment.getEvidence()).isNotEmpty();
        assertThat(investment.getSources()).anySatisfy(document -> {
            assertThat(document.getUrl()).startsWith(site.base() + "/client/");
            assertThat(document.getKind()).isEqualTo("NEWS");
        });
        assertThat(upstage.getTotal()).isEqualTo(upstage.getItems().size());

        SearchApi search = new SearchApi(client);
        SearchResult found = await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> search.search(
                                "company:Upstage",
                                "deals",
                                0,
                                20,
                                "relevance",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        result -> result.getTotal() > 0);
        assertThat(found.getItems())
                .anySatisfy(hit -> assertThat(hit.getCompanies()).contains("Snowflake", "Upstage"));
        assertThat(found.getFacets()).containsKey("company");

        File csv = new ExportsApi(client)
                .createExport(new ExportRequest()
                        .companies(List.of("Upstage"))
                        .from(LocalDate.of(2020, 1, 1))
                        .format(ExportRequest.FormatEnum.CSV));
        String exported = Files.readString(csv.toPath(), StandardCharsets.UTF_8);
        assertThat(exported).contains("Snowflake").contains("Upstage");
    }

    @Test
    void answersTheDeclaredErrors() {
        SearchApi search = new SearchApi(client(token()));
        assertThatThrownBy(() ->
                        search.search("\"unclosed", null, null, null, null, null, null, null, null, null, null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(400);
                    assertThat(e.getResponseBody()).contains("\"error\"");
                });
        assertThatThrownBy(() -> new JobsApi(client(token())).getJob(987_654_321L))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThatThrownBy(() -> new SourcesApi(client(null)).listSources())
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(401);
                    assertThat(e.getResponseBody()).contains("\"error\"");
                });
        assertThatThrownBy(() -> new SourcesApi(client("pw_" + "0".repeat(48))).listSources())
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(401));
    }

    private static boolean snowflakeInvestsInUpstage(DealView deal) {
        return deal.getType() == DealView.TypeEnum.INVESTMENT
                && deal.getPayer() != null
                && "Snowflake".equals(deal.getPayer().getName())
                && deal.getPayee() != null
                && "Upstage".equals(deal.getPayee().getName());
    }

    /** A user who may ingest (ANALYST) and export (REGULATOR), and a new API token of theirs. */
    private String token() {
        if (users.find(USER).isEmpty()) {
            users.create("test", USER, "client-pass-123", Set.of(Role.ANALYST, Role.REGULATOR));
        }
        return tokens.create(USER, "generated client");
    }

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUrl());
        client.setReadTimeout(Duration.ofSeconds(60));
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    private static String feed() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Client test wire</title><link>%1$s/client/</link>
                <description>Deals in AI and cloud</description>
                <item><title>Snowflake invests $200 million in Upstage</title>
                <link>%1$s/client/snowflake-upstage.html</link><guid>%1$s/client/snowflake-upstage.html</guid>
                <pubDate>Tue, 14 Apr 2026 08:00:00 +0000</pubDate></item>
                <item><title>Upstage commits $500 million to Snowflake over five years</title>
                <link>%1$s/client/upstage-cloud.html</link><guid>%1$s/client/upstage-cloud.html</guid>
                <pubDate>Wed, 22 Apr 2026 08:00:00 +0000</pubDate></item>
                </channel></rss>
                """.formatted(site.base());
    }

    private static String page(String title, String... paragraphs) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><title>")
                .append(title.strip())
                .append("</title></head><body><nav>Home | Markets | Tech</nav><article><h1>")
                .append(title.strip())
                .append("</h1>");
        for (String paragraph : paragraphs) {
            html.append("<p>").append(paragraph.strip()).append("</p>");
        }
        return html.append("</article><footer>© Client test wire</footer></body></html>")
                .toString();
    }
}
