package org.pactwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.pactwatch.AppProcess;
import org.pactwatch.FullTier;
import org.pactwatch.ingest.ApiClient.Answer;
import org.pactwatch.ingest.parse.DocumentDraft;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kills the application (SIGKILL, as a power cut or the OOM killer would) in the middle of a sitemap run of 504
 * documents, while extraction is behind, starts it again on the same data directory, and checks the promise of the
 * ingest pipeline: every document stored once, extracted once, and the index equal to the database.
 *
 * <p>The application runs in a child JVM (the real main class, its embedded PostgreSQL in the data directory); the
 * articles come from a local web site. Every sample article is served in four regional editions that report the same
 * deals, interleaved, so that the crash falls between editions of one article: editions extracted before the crash,
 * re-delivered after it, and fetched only by the resumed run must all end up with the same deals.
 */
@FullTier
class IngestCrashTest {

    private static final String PASSWORD = "crash-test-admin-1";
    private static final int EDITIONS = 4;
    private static final int ARTICLES = 126;
    private static final int KILL_AFTER_STORED = 150;
    private static final int KILL_AT_THE_LATEST = 400;
    private static final Duration START = Duration.ofMinutes(4);
    private static final Duration SETTLE = Duration.ofMinutes(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dataDir;

    /** The run and the extraction as the API shows them. */
    private record Progress(JsonNode job, long extracted) {
        boolean running() {
            return job.path("status").asString().equals("RUNNING");
        }

        int stored() {
            return job.path("new").asInt();
        }
    }

    /** What the killed application left in its database. */
    private record CrashState(long stored, long notExtracted, long pendingExtractions) {}

    @Test
    void aRunKilledMidwayResumesAndEveryDocumentIsStoredExtractedAndIndexedOnce() {
        SampleCorpus corpus = SampleCorpus.load();
        List<DocumentDraft> articles = corpus.syndicated(EDITIONS, ARTICLES);
        assertThat(articles).hasSizeGreaterThanOrEqualTo(500);
        try (SampleSite site = new SampleSite(new SampleCorpus(articles, corpus.filings()));
                AppProcess app = new AppProcess(
                        dataDir,
                        Map.of(
                                "PACTWATCH_ADMIN_PASSWORD", PASSWORD,
                                "PACTWATCH_SAMPLE_DATA", "false",
                                "PACTWATCH_FETCH_ALLOWED_HOSTS", "127.0.0.1"),
                        List.of(
                                // the run lasts longer than CoreNLP takes to load, so the kill finds extraction
                                // under way and behind
                                "--pactwatch.fetch.host-rates[127.0.0.1]=25", "--pactwatch.search.poll-ms=1000"))) {
            site.xmlWithEtag("/sitemap.xml", site.sitemap(articles), "application/xml");
            app.start(START);
            ApiClient api = new ApiClient(app.baseUrl(), JSON);
            Answer source = api.post(
                    "/api/v1/sources",
                    Map.of("kind", "SITEMAP", "url", site.base() + "/sitemap.xml", "name", "Syndicated wire"),
                    "admin",
                    PASSWORD);
            assertThat(source.status()).as(source.body()).isEqualTo(201);
            Answer started =
                    api.post("/api/v1/sources/" + source.json().path("id").asLong() + "/run", null, "admin", PASSWORD);
            assertThat(started.status()).as(started.body()).isEqualTo(202);
            long jobId = started.json().path("id").asLong();

            // kill once extraction is under way, or (should CoreNLP be slow to load) with most of the run still to go
            Progress beforeKill = await().atMost(START)
                    .pollInterval(Duration.ofMillis(100))
                    .until(
                            () -> new Progress(job(api, jobId), extracted(api)),
                            p -> !p.running()
                                    || (p.stored() >= KILL_AFTER_STORED && p.extracted() > 0)
                                    || p.stored() >= KILL_AT_THE_LATEST);
            app.kill();
            assertThat(beforeKill.running())
                    .as("the kill must hit a running job: %s", beforeKill)
                    .isTrue();

            CrashState crash = crashState(app);
            System.out.println("killed with " + crash + "; extraction had finished " + beforeKill.extracted()
                    + " documents at the last look");
            assertThat(crash.stored())
                    .as("documents stored when the application died")
                    .isBetween((long) KILL_AFTER_STORED, articles.size() - 1L);
            assertThat(crash.notExtracted())
                    .as("stored documents whose extraction had not finished")
                    .isPositive();
            assertThat(crash.pendingExtractions())
                    .as("DocumentStored events whose extraction had not completed")
                    .isPositive();

            app.start(START);
            ApiClient restarted = new ApiClient(app.baseUrl(), JSON);
            await().atMost(SETTLE)
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> settled(restarted, app, jobId, articles.size()));

            JsonNode job = job(restarted, jobId);
            assertThat(job.path("status").asString()).isEqualTo("SUCCEEDED");
            assertThat(job.path("seen").asInt()).isEqualTo(articles.size());
            assertThat(job.path("new").asInt())
                    .as("documents the run stored before the crash count as its own")
                    .isEqualTo(articles.size());
            assertThat(job.path("duplicate").asInt()).isZero();
            assertThat(job.path("failed").asInt()).isZero();

            try (SingleConnectionDataSource connection = connect(app)) {
                JdbcClient db = JdbcClient.create(connection);
                assertStoredOnce(db, articles, jobId);
                assertExtractedOnce(db);
                assertNoEventLeft(db);
                assertIndexMatches(restarted, db, articles.size());
            }

            app.stop();
            assertThat(app.postgres())
                    .as("a graceful stop stops the embedded PostgreSQL too")
                    .isEmpty();
            assertThat(app.output())
                    .as("the graceful stop's log")
                    .doesNotContain("Invocation of destroy method failed")
                    .doesNotContain("terminating connection due to administrator command");
        }
    }

    private static void assertStoredOnce(JdbcClient db, List<DocumentDraft> articles, long jobId) {
        Map<String, Long> copies = db
                .sql("select canonical_url, count(*) from document group by canonical_url")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(copies.keySet())
                .as("every served article is stored, nothing else")
                .isEqualTo(articles.stream().map(DocumentDraft::url).collect(Collectors.toSet()));
        assertThat(copies.values()).allMatch(count -> count == 1);
        assertThat(db.sql("select count(distinct sha256) from document")
                        .query(Long.class)
                        .single())
                .isEqualTo(articles.size());
        assertThat(db.sql("select count(*) from document where job_run_id = :job and status = 'EXTRACTED'")
                        .param("job", jobId)
                        .query(Long.class)
                        .single())
                .as("every document belongs to the run and is extracted")
                .isEqualTo(articles.size());
    }

    /**
     * No statement of a deal twice (mentions, evidence, terms), no deal without a mention, and the editions of each
     * article — extracted before the crash, re-delivered after it, or fetched by the resumed run — in the same deals.
     */
    private static void assertExtractedOnce(JdbcClient db) {
        assertThat(count(db, "select count(*) from deal where merged_into_id is null"))
                .as("the corpus yields deals")
                .isGreaterThan(50);
        assertThat(count(db, """
                        select count(*) from (select document_id, payload from deal_mention
                                               group by document_id, payload having count(*) > 1) twice
                        """)).as("mentions stored twice").isZero();
        assertThat(count(db, """
                        select count(*) from (select deal_id, document_id, begin_offset, end_offset from evidence
                                               group by 1, 2, 3, 4 having count(*) > 1) twice
                        """)).as("evidence stored twice").isZero();
        assertThat(count(db, """
                        select count(*) from (select deal_id, document_id, kind, value from deal_term
                                               group by 1, 2, 3, 4 having count(*) > 1) twice
                        """)).as("terms stored twice").isZero();
        assertThat(count(db, """
                        select count(*) from deal d where d.merged_into_id is null
                           and not exists (select 1 from deal_mention m where m.deal_id = d.id)
                        """)).as("deals without a mention").isZero();

        Map<String, List<String>> dealsByEdition =
                db.sql("""
                        select d.canonical_url, coalesce(string_agg(m.deal_id::text, ',' order by m.deal_id), '')
                          from document d left join deal_mention m on m.document_id = d.id
                         group by d.canonical_url
                        """).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                        .collect(Collectors.groupingBy(
                                e -> e.getKey().substring(0, e.getKey().lastIndexOf(SampleCorpus.EDITION_SEPARATOR)),
                                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        assertThat(dealsByEdition).hasSize(ARTICLES);
        assertThat(dealsByEdition.values().stream()
                        .filter(deals -> !deals.getFirst().isEmpty()))
                .as("articles that report deals")
                .hasSizeGreaterThan(20);
        dealsByEdition.forEach((article, deals) -> assertThat(Set.copyOf(deals))
                .as("deals of the %d editions of %s", EDITIONS, article)
                .hasSize(1));
    }

    private static void assertNoEventLeft(JdbcClient db) {
        assertThat(count(db, "select count(*) from event_publication where completion_date is null"))
                .as("incomplete event publications")
                .isZero();
    }

    private static void assertIndexMatches(ApiClient api, JdbcClient db, int documents) {
        JsonNode index = indexHealth(api);
        long liveDeals = count(db, "select count(*) from deal where merged_into_id is null");
        assertThat(index.path("databaseDocuments").asLong()).isEqualTo(documents);
        assertThat(index.path("indexedDocuments").asLong()).isEqualTo(documents);
        assertThat(index.path("indexedDeals").asLong())
                .isEqualTo(index.path("databaseDeals").asLong())
                .isEqualTo(liveDeals);
        assertThat(index.path("lag").asLong()).isZero();
    }

    /** The job is done, every document extracted, every event handled and the index level with the database. */
    private static boolean settled(ApiClient api, AppProcess app, long jobId, int documents) {
        if (!job(api, jobId).path("status").asString().equals("SUCCEEDED")) {
            return false;
        }
        try (SingleConnectionDataSource connection = connect(app)) {
            JdbcClient db = JdbcClient.create(connection);
            if (count(db, "select count(*) from document where status <> 'EXTRACTED'") > 0
                    || count(db, "select count(*) from event_publication where completion_date is null") > 0) {
                return false;
            }
        }
        JsonNode index = indexHealth(api);
        return index.path("lag").asLong() == 0 && index.path("indexedDocuments").asLong() == documents;
    }

    private static CrashState crashState(AppProcess app) {
        assertThat(app.postgres())
                .as("the killed JVM leaves its PostgreSQL running")
                .isPresent();
        try (SingleConnectionDataSource connection = connect(app)) {
            JdbcClient db = JdbcClient.create(connection);
            return new CrashState(
                    count(db, "select count(*) from document"),
                    count(db, "select count(*) from document where status = 'STORED'"),
                    count(db, """
                            select count(*) from event_publication
                             where completion_date is null and event_type like '%.DocumentStored'
                            """));
        }
    }

    private static JsonNode job(ApiClient api, long jobId) {
        Answer answer = api.get("/api/v1/jobs/" + jobId, "admin", PASSWORD);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static long extracted(ApiClient api) {
        Answer answer = api.get("/api/v1/documents?status=EXTRACTED&size=1", "admin", PASSWORD);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().path("total").asLong();
    }

    private static JsonNode indexHealth(ApiClient api) {
        Answer health = api.get("/actuator/health", "admin", PASSWORD);
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        return health.json().path("components").path("index").path("details");
    }

    /** The embedded PostgreSQL of the application (trust authentication on localhost). */
    private static SingleConnectionDataSource connect(AppProcess app) {
        int port = app.databasePort().orElseThrow(() -> new IllegalStateException("no embedded PostgreSQL"));
        return new SingleConnectionDataSource(
                "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "", true);
    }

    private static long count(JdbcClient db, String sql) {
        return db.sql(sql).query(Long.class).single();
    }
}
