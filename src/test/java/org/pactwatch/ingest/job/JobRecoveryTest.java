package org.pactwatch.ingest.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactwatch.IntegrationTest;
import org.pactwatch.ingest.DocumentStored;
import org.pactwatch.ingest.JobRun;
import org.pactwatch.ingest.JobStatus;
import org.pactwatch.ingest.SampleCorpus;
import org.pactwatch.ingest.Source;
import org.pactwatch.ingest.SourceKind;
import org.pactwatch.ingest.parse.DocumentDraft;
import org.pactwatch.ingest.store.DocumentRepository;
import org.pactwatch.ingest.store.JobRunRepository;
import org.pactwatch.ingest.store.SourceRepository;
import org.pactwatch.ingest.store.StoreOutcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The sample corpus as a job, a run interrupted half-way (as by a crash) and resumed on the next start, and the
 * storage contract: one row and one DocumentStored event per document, none for a duplicate.
 */
@RecordApplicationEvents
class JobRecoveryTest extends IntegrationTest {

    private static final SampleCorpus CORPUS = SampleCorpus.load();

    @Autowired
    SourceRepository sources;

    @Autowired
    JobRunRepository runs;

    @Autowired
    DocumentRepository documents;

    @Autowired
    JobRecovery recovery;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void anInterruptedSampleRunResumesAndStoresEveryDocumentOnce() throws Exception {
        Source sample = sources.insertBuiltIn(SourceKind.SAMPLE, "Sample (recovery test)", "test");
        JobRun run = runs.insert(sample.id(), "SAMPLE", "test");
        assertThat(runs.start(run.id())).isTrue();
        List<DocumentDraft> all = CORPUS.news().stream().limit(40).toList();
        int storedBeforeCrash = 0;
        for (DocumentDraft draft : all) {
            if (documents.store(draft, sample.id(), run.id()).added()) {
                storedBeforeCrash++;
            }
        }
        assertThat(runs.find(run.id()).orElseThrow().status()).isEqualTo(JobStatus.RUNNING);

        recovery.resumeInterrupted();

        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !runs.find(run.id()).orElseThrow().status().isActive());
        JobRun done = runs.find(run.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.seen()).isEqualTo(CORPUS.size());
        assertThat(done.failed()).isZero();
        assertThat(done.newCount() + done.duplicate()).isEqualTo(CORPUS.size());
        assertThat(done.newCount()).isGreaterThanOrEqualTo(storedBeforeCrash);
        long ownedByRun = jdbc.sql("select count(*) from document where job_run_id = :id")
                .param("id", run.id())
                .query(Long.class)
                .single();
        assertThat(ownedByRun)
                .as("documents stored before and after the interruption count as new")
                .isEqualTo(done.newCount());
        for (DocumentDraft draft : CORPUS.news()) {
            long copies = jdbc.sql("select count(*) from document where canonical_url = :u")
                    .param("u", draft.url())
                    .query(Long.class)
                    .single();
            assertThat(copies).as(draft.url()).isEqualTo(1);
        }
        long filings = jdbc.sql("select count(*) from document where kind = 'FILING' and filing_accession is not null")
                .query(Long.class)
                .single();
        assertThat(filings).isGreaterThanOrEqualTo(CORPUS.filings().size());
    }

    @Test
    void storingPublishesOneEventPerNewDocumentAndNoneForADuplicate() throws Exception {
        Source source = sources.insertBuiltIn(SourceKind.SAMPLE, "Sample (event test)", "test");
        DocumentDraft draft = DocumentDraft.news(
                "https://example.com/event-test/" + System.nanoTime(),
                "Event test",
                "A unique text for the event test " + System.nanoTime() + ": Amazon and Anthropic extend their pact.");
        StoreOutcome first = documents.store(draft, source.id(), null);
        StoreOutcome sameUrl = documents.store(draft.withTitle("Other title"), source.id(), null);
        StoreOutcome sameText =
                documents.store(draft.withUrl("https://example.com/elsewhere/" + System.nanoTime()), source.id(), null);
        assertThat(first.added()).isTrue();
        assertThat(sameUrl.added()).isFalse();
        assertThat(sameText.added()).isFalse();
        assertThat(sameUrl.documentId()).isEqualTo(first.documentId());
        assertThat(sameText.documentId()).isEqualTo(first.documentId());
        assertThat(events.stream(DocumentStored.class).filter(e -> e.documentId() == first.documentId()))
                .hasSize(1);
    }
}
