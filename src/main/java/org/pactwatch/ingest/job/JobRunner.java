package org.pactwatch.ingest.job;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pactwatch.ingest.JobRun;
import org.pactwatch.ingest.JobStatus;
import org.pactwatch.ingest.Source;
import org.pactwatch.ingest.SourceKind;
import org.pactwatch.ingest.fetch.FetchException;
import org.pactwatch.ingest.fetch.FetchProperties;
import org.pactwatch.ingest.parse.DocumentDraft;
import org.pactwatch.ingest.parse.ParseException;
import org.pactwatch.ingest.source.ArticleLoader;
import org.pactwatch.ingest.source.FilingLoader;
import org.pactwatch.ingest.source.FolderFiles;
import org.pactwatch.ingest.source.Item;
import org.pactwatch.ingest.source.ItemSink;
import org.pactwatch.ingest.source.SourceException;
import org.pactwatch.ingest.source.SourceReader;
import org.pactwatch.ingest.store.DocumentRepository;
import org.pactwatch.ingest.store.FailedDocument;
import org.pactwatch.ingest.store.InvalidDocumentException;
import org.pactwatch.ingest.store.JobCounts;
import org.pactwatch.ingest.store.JobRunRepository;
import org.pactwatch.ingest.store.SourceRepository;
import org.pactwatch.ingest.store.StoreOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs one job to its end on the calling thread: reads the source item by item, skips what is already stored,
 * loads, deduplicates and stores the rest (each document in its own transaction with its event), counts, and
 * stops at a cancel request. A failing document is counted and kept as FAILED; only a failure of the source as
 * a whole fails the job. A run interrupted by a crash or shutdown stays RUNNING and is resumed on restart:
 * documents it stored before count as new, nothing is stored twice.
 */
@Component
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    /** Thrown through the reader when the thread is interrupted (shutdown): the run stays resumable. */
    private static final class Interrupted extends RuntimeException {}

    private final SourceRepository sources;
    private final JobRunRepository runs;
    private final DocumentRepository documents;
    private final Map<SourceKind, SourceReader> readers;
    private final ArticleLoader articles;
    private final FilingLoader filings;
    private final JdbcClient jdbc;
    private final long maxFileBytes;

    JobRunner(
            SourceRepository sources,
            JobRunRepository runs,
            DocumentRepository documents,
            List<SourceReader> readers,
            ArticleLoader articles,
            FilingLoader filings,
            JdbcClient jdbc,
            FetchProperties fetch) {
        this.sources = sources;
        this.runs = runs;
        this.documents = documents;
        this.readers = readers.stream()
                .flatMap(r -> r.kinds().stream().map(k -> Map.entry(k, r)))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        this.articles = articles;
        this.filings = filings;
        this.jdbc = jdbc;
        this.maxFileBytes = fetch.maxBodySize().toBytes();
    }

    public boolean canRead(SourceKind kind) {
        return readers.containsKey(kind);
    }

    public void run(long jobId) {
        Optional<JobRun> job = runs.find(jobId);
        if (job.isEmpty() || !runs.start(jobId)) {
            return;
        }
        Optional<Source> source = job.get().sourceId() == null
                ? Optional.empty()
                : sources.find(job.get().sourceId());
        if (source.isEmpty()) {
            runs.finish(jobId, JobStatus.FAILED, "the source of this job was deleted");
            return;
        }
        JobCounts counts = new JobCounts();
        Sink sink = new Sink(jobId, source.get().id(), counts);
        try {
            Long retryOf = retryOf(jobId);
            String note = retryOf != null
                    ? retry(retryOf, sink)
                    : readerFor(source.get().kind()).read(source.get(), sink);
            runs.progress(jobId, counts);
            if (sink.cancelled) {
                runs.finish(jobId, JobStatus.CANCELLED, "cancelled after " + counts.seenCount() + " documents");
            } else {
                runs.finish(jobId, JobStatus.SUCCEEDED, note);
            }
        } catch (Interrupted e) {
            log.info("job {} interrupted; it resumes on the next start", jobId);
        } catch (SourceException e) {
            runs.progress(jobId, counts);
            runs.finish(jobId, JobStatus.FAILED, e.getMessage());
        } catch (RuntimeException e) {
            log.error("job {} failed", jobId, e);
            runs.progress(jobId, counts);
            runs.finish(jobId, JobStatus.FAILED, "internal error: " + e);
        }
    }

    private SourceReader readerFor(SourceKind kind) throws SourceException {
        SourceReader reader = readers.get(kind);
        if (reader == null) {
            throw new SourceException(kind + " sources receive documents by upload; there is nothing to run");
        }
        return reader;
    }

    private Long retryOf(long jobId) {
        return jdbc.sql("select retry_of from job_run where id = :id")
                .param("id", jobId)
                .query((rs, n) -> {
                    long value = rs.getLong(1);
                    return rs.wasNull() ? null : value;
                })
                .optional()
                .orElse(null);
    }

    private String retry(long failedJobId, Sink sink) {
        List<FailedDocument> failed = documents.findFailed(failedJobId);
        sink.expect(failed.size());
        for (FailedDocument document : failed) {
            Item item = new Item(
                    document.url(), document.kind(), document.title(), document.filing(), () -> reload(document));
            if (!sink.offer(item)) {
                break;
            }
        }
        return "retried " + failed.size() + " failed documents of job " + failedJobId;
    }

    private DocumentDraft reload(FailedDocument document) throws Exception {
        String url = document.url();
        if (url.startsWith("file:")) {
            return FolderFiles.load(Path.of(URI.create(url)), url, maxFileBytes);
        }
        if (document.filing() != null) {
            return filings.load(url, document.title(), document.filing());
        }
        return articles.load(url);
    }

    /** Counts, deduplicates, loads and stores the items of one run. */
    private final class Sink implements ItemSink {
        private final long jobId;
        private final long sourceId;
        private final JobCounts counts;
        private boolean cancelled;

        Sink(long jobId, long sourceId, JobCounts counts) {
            this.jobId = jobId;
            this.sourceId = sourceId;
            this.counts = counts;
        }

        @Override
        public void expect(int count) {
            counts.expect(count);
        }

        @Override
        public void problem(String item, String error) {
            counts.sample(item, error);
        }

        @Override
        public boolean offer(Item item) {
            if (cancelled) {
                return false;
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new Interrupted();
            }
            counts.seen();
            String name = item.url() != null ? item.url() : item.title();
            try {
                Optional<StoreOutcome> known =
                        item.url() == null ? Optional.empty() : documents.findStored(item.url(), jobId);
                if (known.isPresent()) {
                    count(known.get());
                } else {
                    DocumentDraft draft = item.loader().load();
                    name = draft.url() != null ? draft.url() : name;
                    count(documents.store(draft, sourceId, jobId));
                }
            } catch (DataIntegrityViolationException e) {
                counts.duplicate();
            } catch (Exception e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new Interrupted();
                }
                fail(item, name, reason(e));
            }
            cancelled = runs.progress(jobId, counts);
            return !cancelled;
        }

        private void count(StoreOutcome outcome) {
            if (outcome.added() || outcome.storedByThisJob()) {
                counts.added();
            } else {
                counts.duplicate();
            }
        }

        private void fail(Item item, String name, String reason) {
            counts.failed(name == null ? "(unnamed item)" : name, reason);
            try {
                documents.recordFailure(item.url(), item.kind(), item.title(), item.filing(), reason, sourceId, jobId);
            } catch (RuntimeException e) {
                log.warn("cannot record failed document {}: {}", item.url(), e.toString());
            }
        }
    }

    private static String reason(Exception e) {
        if (e instanceof FetchException || e instanceof ParseException || e instanceof InvalidDocumentException) {
            return e.getMessage();
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
