package org.pactwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pactwatch.IntegrationTest;
import org.pactwatch.ingest.ApiClient.Answer;
import org.pactwatch.ingest.SampleSite.Response;
import org.pactwatch.ingest.parse.Bombs;
import org.pactwatch.ingest.parse.DocumentDraft;
import org.pactwatch.ingest.parse.Documents;
import org.pactwatch.ingest.store.UrlCanonicalizer;
import org.pactwatch.security.Role;
import org.pactwatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every source kind through the API against a local site built from the sample corpus: feeds, pages, sitemaps,
 * EDGAR, EDGAR search, folders and uploads; dedupe on a second run; failures kept and retried; cancel; roles.
 * The corpus is split so that each source reads its own articles, which keeps the tests independent of order.
 */
class IngestApiTest extends IntegrationTest {

    private static final String STRATEGIST = "strategist-it";
    private static final String STRATEGIST_PASSWORD = "strategist-pass-1";
    private static final SampleCorpus CORPUS = SampleCorpus.load();
    private static final AtomicBoolean FLAKY_PAGE_WORKS = new AtomicBoolean(false);
    private static SampleSite site;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserService users;

    private ApiClient api;

    @BeforeAll
    static void startSite() {
        site = new SampleSite(CORPUS);
        site.xmlWithEtag("/feeds/rss.xml", site.rss(slice(0)), "application/rss+xml; charset=utf-8")
                .xmlWithEtag("/feeds/atom.xml", site.atom(slice(1)), "application/atom+xml")
                .xmlWithEtag("/sitemap.xml", site.sitemap(slice(2)), "application/xml")
                .route("/feeds/xxe.xml", x -> Response.of("application/rss+xml", """
                        <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                        <rss version="2.0"><channel><title>&x;</title></channel></rss>"""))
                .route("/feeds/broken.xml", x -> Response.of("application/rss+xml", "<rss><channel><item>"))
                .route("/feeds/mixed.xml", x -> Response.of("application/rss+xml", mixedFeed()))
                .route(
                        "/extra/flaky.html",
                        x -> FLAKY_PAGE_WORKS.get()
                                ? Response.of(
                                        "text/html",
                                        "<html><head><title>Flaky page</title></head><body><article>"
                                                + "<p>Oracle signed a cloud capacity agreement with OpenAI worth billions, the flaky"
                                                + " page finally said after coming back online.</p></article></body></html>")
                                : new Response(404, "text/plain", "gone".getBytes(), Map.of()))
                .route(
                        "/extra/latin1.html",
                        x -> new Response(
                                200,
                                "text/html",
                                """
                        <html><head><title>Soci\u00e9t\u00e9 G\u00e9n\u00e9rale backs a chip venture</title></head><body>
                        <nav>Home | World | Markets</nav><article><p>Soci\u00e9t\u00e9 G\u00e9n\u00e9rale said on Tuesday it
                        would lend \u20ac2 billion to a European chip venture, its bankers confirmed.</p>
                        <p>The facility runs for five years.</p></article></body></html>""".getBytes(java.nio.charset.Charset.forName("windows-1252")),
                                Map.of()))
                .route("/slow/feed.xml", x -> Response.of("application/rss+xml", slowFeed()));
        for (int i = 0; i < 30; i++) {
            site.route("/slow/" + i + ".html", x -> {
                try {
                    Thread.sleep(300); // a slow site: the cancel test stops the job in the middle
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Response.of(
                        "text/html",
                        "<p>slow page " + x.getRequestURI().getPath()
                                + " with enough words to be an article about a partnership between two companies.</p>");
            });
        }
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    @BeforeEach
    void setUp() {
        api = new ApiClient(baseUrl(), json);
        if (users.find(STRATEGIST).isEmpty()) {
            users.create("test", STRATEGIST, STRATEGIST_PASSWORD, Set.of(Role.STRATEGIST));
        }
    }

    /** A third of the news corpus: 0 for RSS, 1 for Atom, 2 for the sitemap. */
    private static List<DocumentDraft> slice(int part) {
        int third = CORPUS.news().size() / 3;
        return CORPUS.news().subList(part * third, part == 2 ? CORPUS.news().size() : (part + 1) * third);
    }

    private static String mixedFeed() {
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Mixed</title>"
                + "<item><title>Flaky</title><link>" + site.base() + "/extra/flaky.html</link></item>"
                + "<item><title>Latin</title><link>" + site.base() + "/extra/latin1.html</link></item>"
                + "<item><title>Secret</title><link>" + site.base() + "/private/hidden.html</link></item>"
                + "</channel></rss>";
    }

    private static String slowFeed() {
        StringBuilder xml =
                new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Slow</title>");
        for (int i = 0; i < 30; i++) {
            xml.append("<item><title>Slow ")
                    .append(i)
                    .append("</title><link>")
                    .append(site.base())
                    .append("/slow/")
                    .append(i)
                    .append(".html</link></item>");
        }
        return xml.append("</channel></rss>").toString();
    }

    private Answer asAdmin(String path, Object body) {
        return api.post(path, body, ADMIN, ADMIN_PASSWORD);
    }

    private JsonNode createSource(Map<String, Object> request) {
        Answer created = asAdmin("/api/v1/sources", request);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("id").asLong()).isPositive();
        return created.json();
    }

    private JsonNode run(long sourceId) {
        Answer started = asAdmin("/api/v1/sources/" + sourceId + "/run", null);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long jobId = started.json().path("id").asLong();
        assertThat(started.json().path("status").asString()).isIn("QUEUED", "RUNNING");
        return awaitFinished(jobId);
    }

    private JsonNode awaitFinished(long jobId) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    last[0] = api.get("/api/v1/jobs/" + jobId, ADMIN, ADMIN_PASSWORD)
                            .json();
                    return !Set.of("QUEUED", "RUNNING")
                            .contains(last[0].path("status").asString());
                });
        JsonNode job = last[0];
        assertThat(job.path("seen").asInt())
                .as("seen = new + duplicate + failed in %s", job)
                .isEqualTo(job.path("new").asInt()
                        + job.path("duplicate").asInt()
                        + job.path("failed").asInt());
        return job;
    }

    private long storedWithUrl(String url) {
        return jdbc.sql("select count(*) from document where canonical_url = :c and status <> 'FAILED'")
                .param("c", UrlCanonicalizer.canonical(url))
                .query(Long.class)
                .single();
    }

    private static Map<String, Object> source(String kind, String key, String value) {
        Map<String, Object> request = new HashMap<>();
        request.put("kind", kind);
        request.put(key, value);
        return request;
    }

    @Test
    void rssFeedStoresEveryArticleOnceAndASecondRunAddsNothing() {
        JsonNode source = createSource(source("FEED", "url", site.base() + "/feeds/rss.xml"));
        JsonNode first = run(source.path("id").asLong());
        List<DocumentDraft> articles = slice(0);
        assertThat(first.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(first.path("seen").asInt()).isEqualTo(articles.size());
        assertThat(first.path("failed").asInt()).isZero();
        assertThat(first.path("total").asInt()).isEqualTo(articles.size());
        articles.forEach(a -> assertThat(storedWithUrl(a.url())).as(a.url()).isEqualTo(1));
        DocumentDraft one = articles.getFirst();
        Map<String, Object> stored = jdbc.sql(
                        "select title, byline, publisher, published_date, text, kind from document "
                                + "where canonical_url = :c")
                .param("c", one.url())
                .query()
                .singleRow();
        assertThat(stored.get("title")).isEqualTo(one.title());
        assertThat(stored.get("byline")).isEqualTo(one.byline());
        assertThat(stored.get("published_date").toString())
                .isEqualTo(one.published().toString());
        assertThat((String) stored.get("text")).doesNotContain("ADVERTISEMENT", "cookies");

        JsonNode second = run(source.path("id").asLong());
        assertThat(second.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(second.path("new").asInt()).isZero();
        assertThat(second.path("message").asString()).contains("not modified");
        articles.forEach(a -> assertThat(storedWithUrl(a.url())).isEqualTo(1));
    }

    @Test
    void atomFeedAndSitemapStoreTheirArticlesAndRerunsOnlyFindDuplicates() {
        for (var kindAndPath :
                List.of(List.of("FEED", "/feeds/atom.xml", "1"), List.of("SITEMAP", "/sitemap.xml", "2"))) {
            JsonNode source = createSource(source(kindAndPath.get(0), "url", site.base() + kindAndPath.get(1)));
            List<DocumentDraft> articles = slice(Integer.parseInt(kindAndPath.get(2)));
            JsonNode first = run(source.path("id").asLong());
            assertThat(first.path("status").asString()).isEqualTo("SUCCEEDED");
            assertThat(first.path("seen").asInt()).isEqualTo(articles.size());
            assertThat(first.path("failed").asInt()).isZero();
            articles.forEach(a -> assertThat(storedWithUrl(a.url())).as(a.url()).isEqualTo(1));
        }
        // Without validators the sitemap is read again: every page is a known URL now.
        jdbc.sql("delete from fetch_state where url like :u")
                .param("u", site.base() + "/sitemap%")
                .update();
        JsonNode sitemap =
                createSource(Map.of("kind", "SITEMAP", "url", site.base() + "/sitemap.xml", "name", "again"));
        JsonNode rerun = run(sitemap.path("id").asLong());
        assertThat(rerun.path("new").asInt()).isZero();
        assertThat(rerun.path("duplicate").asInt()).isEqualTo(slice(2).size());
    }

    @Test
    void edgarSourceStoresPrimaryDocumentsAndExhibitsOfWantedForms() {
        String cik = CORPUS.filings().getFirst().filing().cik();
        List<DocumentDraft> filings = CORPUS.filings().stream()
                .filter(f -> f.filing().cik().equals(cik))
                .toList();
        JsonNode source = createSource(Map.of("kind", "EDGAR", "cik", cik, "url", site.base()));
        assertThat(source.path("cik").asString()).hasSize(10);
        JsonNode job = run(source.path("id").asLong());
        assertThat(job.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.path("failed").asInt()).as(job.toString()).isZero();
        assertThat(job.path("seen").asInt()).isEqualTo(filings.size() * 2);
        List<Map<String, Object>> stored = jdbc.sql(
                        "select kind, filing_form, filing_cik, filing_accession, filing_company, "
                                + "title, url from document where filing_cik = :cik and url like :base")
                .param("cik", cik)
                .param("base", site.base() + "%")
                .query()
                .listOfRows();
        assertThat(stored).hasSize(filings.size() * 2);
        assertThat(stored).allSatisfy(row -> {
            assertThat(row.get("kind")).isEqualTo("FILING");
            assertThat(row.get("filing_company"))
                    .isEqualTo(filings.getFirst().filing().company());
        });
        assertThat(stored).extracting(r -> (String) r.get("title")).anyMatch(t -> t.contains("EX-99.1"));
        assertThat(stored)
                .extracting(r -> (String) r.get("filing_form"))
                .containsAll(filings.stream().map(f -> f.filing().form()).toList())
                .doesNotContain("4");
        assertThat(site.userAgent("/submissions/CIK" + "0".repeat(10 - cik.length()) + cik + ".json"))
                .contains("@");

        JsonNode again = run(source.path("id").asLong());
        assertThat(again.path("new").asInt()).isZero();
    }

    @Test
    void edgarFullTextSearchStoresTheMatchingFilings() {
        String word = "convertible";
        long matching = CORPUS.filings().stream()
                .filter(f -> f.text().toLowerCase().contains(word))
                .count();
        assertThat(matching).isPositive();
        JsonNode source = createSource(Map.of("kind", "EDGAR_SEARCH", "query", word, "url", site.base()));
        JsonNode job = run(source.path("id").asLong());
        assertThat(job.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.path("seen").asInt()).isEqualTo((int) matching);
        assertThat(job.path("failed").asInt()).isZero();
    }

    @Test
    void webSourceReadsOneArticleWhateverItsEncoding() {
        JsonNode source = createSource(source("WEB", "url", site.base() + "/extra/latin1.html"));
        JsonNode job = run(source.path("id").asLong());
        assertThat(job.path("new").asInt() + job.path("duplicate").asInt()).isEqualTo(1);
        String text = jdbc.sql("select text from document where url = :u")
                .param("u", site.base() + "/extra/latin1.html")
                .query(String.class)
                .single();
        assertThat(text)
                .contains("Société Générale said on Tuesday", "€2 billion")
                .doesNotContain("Home | World");
    }

    @Test
    void aBadDocumentIsKeptAsFailedTheJobGoesOnAndRetryFetchesItAgain() {
        FLAKY_PAGE_WORKS.set(false);
        JsonNode source = createSource(source("FEED", "url", site.base() + "/feeds/mixed.xml"));
        JsonNode job = run(source.path("id").asLong());
        assertThat(job.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.path("seen").asInt()).isEqualTo(3);
        assertThat(job.path("failed").asInt()).isEqualTo(2);
        assertThat(job.path("errorSamples").toString()).contains("HTTP 404", "robots.txt");
        assertThat(site.hits("/private/hidden.html")).isZero();
        Answer failedDocs = api.get("/api/v1/documents?status=FAILED&q=&size=100", ADMIN, ADMIN_PASSWORD);
        assertThat(failedDocs.json().path("items").toString()).contains("/extra/flaky.html");

        FLAKY_PAGE_WORKS.set(true);
        Answer retry = asAdmin("/api/v1/jobs/" + job.path("id").asLong() + "/retry", null);
        assertThat(retry.status()).as(retry.body()).isEqualTo(202);
        JsonNode retried = awaitFinished(retry.json().path("id").asLong());
        assertThat(retried.path("seen").asInt()).isEqualTo(2);
        assertThat(retried.path("new").asInt()).isEqualTo(1);
        assertThat(retried.path("failed").asInt()).isEqualTo(1);
        String status = jdbc.sql("select status from document where url = :u")
                .param("u", site.base() + "/extra/flaky.html")
                .query(String.class)
                .single();
        assertThat(status).isIn("STORED", "EXTRACTED");
    }

    @Test
    void malformedAndHostileFeedsFailTheJobWithTheReason() {
        JsonNode xxe = run(createSource(source("FEED", "url", site.base() + "/feeds/xxe.xml"))
                .path("id")
                .asLong());
        assertThat(xxe.path("status").asString()).isEqualTo("FAILED");
        assertThat(xxe.path("message").asString()).contains("DOCTYPE").doesNotContain("root:");
        JsonNode broken = run(createSource(source("FEED", "url", site.base() + "/feeds/broken.xml"))
                .path("id")
                .asLong());
        assertThat(broken.path("status").asString()).isEqualTo("FAILED");
        assertThat(broken.path("message").asString()).contains("malformed XML");
    }

    @Test
    void folderSourceReadsTextHtmlPdfAndDocxAndKeepsABombAsFailed() throws Exception {
        Path folder = Files.createDirectories(DATA_DIR.resolve("inbox-" + System.nanoTime()));
        Files.writeString(
                folder.resolve("note.txt"), "Meta and Scale AI agreed a data partnership, a folder note says.");
        Files.writeString(
                folder.resolve("page.html"),
                SampleSite.articleHtml(CORPUS.news().get(1)));
        Files.write(folder.resolve("memo.pdf"), Documents.pdf("Amazon commits to buy power from a folder PDF."));
        Files.write(folder.resolve("brief.docx"), Documents.docx("Microsoft expands its folder DOCX pact with G42."));
        Files.write(folder.resolve("bomb.docx"), Bombs.docx(100));
        Files.writeString(folder.resolve("ignored.csv"), "a,b");
        JsonNode source = createSource(source("FOLDER", "path", folder.toString()));
        JsonNode job = run(source.path("id").asLong());
        assertThat(job.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.path("seen").asInt()).isEqualTo(5);
        assertThat(job.path("failed").asInt()).isEqualTo(1);
        assertThat(job.path("errorSamples").toString()).contains("bomb");
        String error = jdbc.sql("select error from document where url = :u and status = 'FAILED'")
                .param("u", folder.resolve("bomb.docx").toUri().toString())
                .query(String.class)
                .single();
        assertThat(error).contains("bomb");
        assertThat(storedWithUrl(CORPUS.news().get(1).url())).isEqualTo(1);

        JsonNode again = run(source.path("id").asLong());
        assertThat(again.path("new").asInt()).isZero();
    }

    @Test
    void folderOutsideTheAllowedRootsIsRefused() {
        Answer refused = asAdmin("/api/v1/sources", source("FOLDER", "path", "/etc"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("error").asString()).contains("outside the allowed folders");
    }

    @Test
    void uploadsAreStoredOnceAsJsonOrFile() throws Exception {
        Map<String, Object> upload = Map.of(
                "title", "Uploaded pact", "text", "Nvidia and Oracle signed an uploaded supply pact for 2026 chips.");
        Answer created = asAdmin("/api/v1/documents", upload);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("documentId").asLong();
        Answer again = asAdmin("/api/v1/documents", upload);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("duplicate").asBoolean()).isTrue();
        assertThat(again.json().path("documentId").asLong()).isEqualTo(id);

        Answer file = api.upload(
                "/api/v1/documents",
                "deal.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                Documents.docx("Alphabet uploads a DOCX about its cloud deal with Anthropic."),
                ADMIN,
                ADMIN_PASSWORD);
        assertThat(file.status()).as(file.body()).isEqualTo(201);
        Answer detail =
                api.get("/api/v1/documents/" + file.json().path("documentId").asLong(), ADMIN, ADMIN_PASSWORD);
        assertThat(detail.json().path("text").asString()).contains("Alphabet uploads a DOCX");

        Answer bomb = api.upload(
                "/api/v1/documents", "bomb.docx", "application/octet-stream", Bombs.docx(100), ADMIN, ADMIN_PASSWORD);
        assertThat(bomb.status()).isEqualTo(400);
        assertThat(bomb.json().path("error").asString()).contains("bomb");

        // the document list takes the search's query language: words, phrases, fields and wildcards
        await().atMost(Duration.ofSeconds(30))
                .until(() -> documentTitles("uploaded+supply+pact").equals(List.of("Uploaded pact")));
        assertThat(documentTitles("%22uploaded+supply+pact%22")).containsExactly("Uploaded pact");
        assertThat(documentTitles("title%3Auploaded")).containsExactly("Uploaded pact");
        assertThat(documentTitles("upl*+AND+Oracle")).containsExactly("Uploaded pact");
        assertThat(documentTitles("%22supply+uploaded+pact%22")).isEmpty();

        Answer badList = api.get("/api/v1/documents?q=title%3A%28pact", STRATEGIST, STRATEGIST_PASSWORD);
        Answer badSearch = api.get("/api/v1/search?q=title%3A%28pact", STRATEGIST, STRATEGIST_PASSWORD);
        assertThat(badList.status()).isEqualTo(400);
        assertThat(badSearch.status()).isEqualTo(400);
        assertThat(badList.json().path("error").asString())
                .isNotBlank()
                .isEqualTo(badSearch.json().path("error").asString());
    }

    private List<String> documentTitles(String encodedQuery) {
        Answer listed =
                api.get("/api/v1/documents?q=" + encodedQuery + "&page=0&size=5", STRATEGIST, STRATEGIST_PASSWORD);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        List<String> titles = new java.util.ArrayList<>();
        listed.json()
                .path("items")
                .forEach(item -> titles.add(item.path("title").asString()));
        assertThat(listed.json().path("total").asLong()).isEqualTo(titles.size());
        return titles;
    }

    @Test
    void cancellingARunningJobStopsIt() {
        JsonNode source = createSource(source("FEED", "url", site.base() + "/slow/feed.xml"));
        Answer started = asAdmin("/api/v1/sources/" + source.path("id").asLong() + "/run", null);
        long jobId = started.json().path("id").asLong();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/jobs/" + jobId, ADMIN, ADMIN_PASSWORD)
                                .json()
                                .path("seen")
                                .asInt()
                        >= 1);
        Answer cancelled = asAdmin("/api/v1/jobs/" + jobId + "/cancel", null);
        assertThat(cancelled.status()).isEqualTo(202);
        JsonNode job = awaitFinished(jobId);
        assertThat(job.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(job.path("seen").asInt()).isLessThan(30);
    }

    @Test
    void rolesAndValidationAreEnforced() {
        assertThat(api.get("/api/v1/sources", null, null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/jobs/1", null, null).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/documents", null, null).status()).isEqualTo(401);
        assertThat(api.post(
                                "/api/v1/sources",
                                source("FEED", "url", "http://example.com/rss"),
                                STRATEGIST,
                                STRATEGIST_PASSWORD)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/jobs", STRATEGIST, STRATEGIST_PASSWORD).status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/documents", Map.of("text", "x"), STRATEGIST, STRATEGIST_PASSWORD)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/documents", STRATEGIST, STRATEGIST_PASSWORD).status())
                .isEqualTo(200);

        Answer noKind = asAdmin("/api/v1/sources", Map.of("url", "http://example.com/rss"));
        assertThat(noKind.status()).isEqualTo(400);
        assertThat(noKind.json().path("error").asString()).contains("kind");
        Answer badCron =
                asAdmin("/api/v1/sources", Map.of("kind", "FEED", "url", "http://example.com/r", "schedule", "often"));
        assertThat(badCron.status()).isEqualTo(400);
        assertThat(badCron.json().path("error").asString()).contains("cron");
        Answer badUrl = asAdmin("/api/v1/sources", source("WEB", "url", "file:///etc/passwd"));
        assertThat(badUrl.status()).isEqualTo(400);
        Answer badCik = asAdmin("/api/v1/sources", source("EDGAR", "cik", "apple"));
        assertThat(badCik.status()).isEqualTo(400);
        Answer badKind = asAdmin("/api/v1/sources", "{\"kind\":\"GOPHER\",\"url\":\"x\"}");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.json().path("error").asString()).isNotBlank();
        Answer notJson = asAdmin("/api/v1/sources", "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(api.get("/api/v1/jobs/999999", ADMIN, ADMIN_PASSWORD).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/documents?size=100000", ADMIN, ADMIN_PASSWORD)
                        .status())
                .isEqualTo(400);

        JsonNode scheduled =
                createSource(Map.of("kind", "FEED", "url", "https://example.com/feed", "schedule", "*/30 * * * *"));
        assertThat(scheduled.path("schedule").asString()).isEqualTo("0 */30 * * * *");
        Answer list = api.get("/api/v1/sources", ADMIN, ADMIN_PASSWORD);
        assertThat(list.json().toString()).contains("https://example.com/feed");
        assertThat(api.get("/v3/api-docs", null, null).body())
                .contains("/api/v1/sources/{id}/run", "/api/v1/documents");
    }
}
