package org.pactwatch.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.pactwatch.ingest.job.JobLauncher;
import org.pactwatch.ingest.job.JobRunner;
import org.pactwatch.ingest.store.DocumentRepository;
import org.pactwatch.ingest.store.JobRunRepository;
import org.pactwatch.security.Role;
import org.pactwatch.shared.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Job runs: run now, cancel, retry failed documents, and the runs' state for the UI and API. */
@Service
public class JobService {

    /** A page of job runs and how many there are. */
    public record JobPage(long total, List<JobRun> items) {}

    private final JobRunRepository runs;
    private final JobLauncher launcher;
    private final JobRunner runner;
    private final SourceService sources;
    private final DocumentRepository documents;
    private final AuditLog audit;

    JobService(
            JobRunRepository runs,
            JobLauncher launcher,
            JobRunner runner,
            SourceService sources,
            DocumentRepository documents,
            AuditLog audit) {
        this.runs = runs;
        this.launcher = launcher;
        this.runner = runner;
        this.sources = sources;
        this.documents = documents;
        this.audit = audit;
    }

    /** The job run with this id; NoSuchElementException if there is none. */
    @Transactional(readOnly = true)
    public JobRun get(long id) {
        return runs.find(id).orElseThrow(() -> new NoSuchElementException("no job " + id));
    }

    /** When the most recent job run ended, if any has. */
    @Transactional(readOnly = true)
    public Optional<Instant> lastFinished() {
        return runs.lastFinished();
    }

    /** The newest run of every source that has run, by source name: what the dashboard's ingest health shows. */
    @Transactional(readOnly = true)
    public List<JobRun> latestPerSource() {
        return runs.latestPerSource();
    }

    /** The newest runs that failed or had items fail (at most {@code limit}), newest first, with their reasons. */
    @Transactional(readOnly = true)
    public List<JobRun> recentFailures(int limit) {
        return runs.recentFailures(Math.clamp(limit, 1, 100));
    }

    /** One page (number and size) of the job runs of one source, or of all sources when sourceId is null. */
    @Transactional(readOnly = true)
    public JobPage list(Long sourceId, int page, int size) {
        return new JobPage(runs.count(sourceId), runs.list(sourceId, size, page * size));
    }

    /** Queues a run of the source (202 semantics); returns the source's active run if one is going. */
    @Transactional
    @PreAuthorize("hasRole('" + Role.Names.ANALYST + "')")
    public JobRun run(String actor, long sourceId) {
        Source source = runnable(sourceId);
        JobRun run = launcher.enqueue(source.id(), "MANUAL", actor);
        audit.record(actor, "job.run", "job_run", run.id(), null, Map.of("source", source.id()));
        return run;
    }

    /** Runs the source on the calling thread and returns the finished run (command line). */
    @PreAuthorize("hasRole('" + Role.Names.ANALYST + "')")
    public JobRun runAndWait(String actor, long sourceId) {
        Source source = runnable(sourceId);
        return launcher.runNow(source.id(), "CLI", actor);
    }

    /** Cancels a job run on the actor's behalf; returns the run after. */
    @Transactional
    @PreAuthorize("hasRole('" + Role.Names.ANALYST + "')")
    public JobRun cancel(String actor, long jobId) {
        JobRun before = get(jobId);
        if (!before.status().isActive()) {
            throw new IllegalArgumentException("job " + jobId + " is already " + before.status());
        }
        runs.requestCancel(jobId);
        audit.record(actor, "job.cancel", "job_run", jobId, Map.of("status", before.status()), null);
        return get(jobId);
    }

    /** Queues a run that fetches the failed documents of a finished run again. */
    @Transactional
    @PreAuthorize("hasRole('" + Role.Names.ANALYST + "')")
    public JobRun retryFailed(String actor, long jobId) {
        JobRun failedRun = get(jobId);
        if (failedRun.status().isActive()) {
            throw new IllegalArgumentException("job " + jobId + " is still " + failedRun.status());
        }
        if (failedRun.sourceId() == null) {
            throw new IllegalArgumentException("the source of job " + jobId + " was deleted");
        }
        if (documents.countFailed(jobId) == 0) {
            throw new IllegalArgumentException("job " + jobId + " has no failed documents to retry");
        }
        JobRun retry = launcher.enqueueRetry(failedRun, actor);
        audit.record(actor, "job.retry", "job_run", retry.id(), null, Map.of("retryOf", jobId));
        return retry;
    }

    private Source runnable(long sourceId) {
        Source source = sources.get(sourceId);
        if (!runner.canRead(source.kind())) {
            throw new IllegalArgumentException(source.kind()
                    + " sources receive documents through POST /api/v1/documents; there is nothing to run");
        }
        return source;
    }
}
