package org.pactwatch.ingest.job;

import jakarta.annotation.PreDestroy;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.pactwatch.ingest.JobRun;
import org.pactwatch.ingest.source.IngestProperties;
import org.pactwatch.ingest.store.JobRunRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues job runs and runs them on a small pool of ingest threads (never on a request thread). A source has at
 * most one active run: asking again returns the active one.
 */
@Component
public class JobLauncher {

    private final JobRunRepository runs;
    private final JobRunner runner;
    private final JdbcClient jdbc;
    private final ExecutorService executor;
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();

    JobLauncher(JobRunRepository runs, JobRunner runner, JdbcClient jdbc, IngestProperties properties) {
        this.runs = runs;
        this.runner = runner;
        this.jdbc = jdbc;
        this.executor = Executors.newFixedThreadPool(
                Math.max(1, properties.jobThreads()),
                Thread.ofPlatform().name("ingest-job-", 1).factory());
    }

    /** Queues a run of the source (or returns its active run) and starts it once the caller's transaction commits. */
    public JobRun enqueue(long sourceId, String trigger, String actor) {
        Optional<JobRun> active = runs.findActive(sourceId);
        if (active.isPresent()) {
            return active.get();
        }
        JobRun run = runs.insert(sourceId, trigger, actor);
        submitAfterCommit(run.id());
        return run;
    }

    /** Queues a run that re-reads the failed documents of an earlier run. */
    public JobRun enqueueRetry(JobRun failedRun, String actor) {
        JobRun run = runs.insert(failedRun.sourceId(), "RETRY", actor);
        jdbc.sql("update job_run set retry_of = :of where id = :id")
                .param("of", failedRun.id())
                .param("id", run.id())
                .update();
        submitAfterCommit(run.id());
        return run;
    }

    /** Runs a new job of the source on the calling thread (CLI) and returns it finished. */
    public JobRun runNow(long sourceId, String trigger, String actor) {
        JobRun run = runs.insert(sourceId, trigger, actor);
        inFlight.add(run.id());
        try {
            runner.run(run.id());
        } finally {
            inFlight.remove(run.id());
        }
        return runs.find(run.id()).orElseThrow();
    }

    /** Starts (or resumes) a run that is already in the table, unless this process runs it already. */
    public void submit(long jobId) {
        if (!inFlight.add(jobId)) {
            return;
        }
        executor.execute(() -> {
            try {
                runner.run(jobId);
            } finally {
                inFlight.remove(jobId);
            }
        });
    }

    private void submitAfterCommit(long jobId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    submit(jobId);
                }
            });
        } else {
            submit(jobId);
        }
    }

    /** Interrupts running jobs on shutdown; they stay RUNNING in the table and resume on the next start. */
    @PreDestroy
    void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
