package org.pactwatch.ingest.job;

import org.pactwatch.ingest.JobRun;
import org.pactwatch.ingest.store.JobRunRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Resumes the runs a crash or shutdown left QUEUED or RUNNING. Storing is idempotent (unique canonical URL and
 * text hash), so a resumed run adds only what the interrupted one had not stored yet.
 */
@Component
class JobRecovery {

    private static final Logger log = LoggerFactory.getLogger(JobRecovery.class);

    private final JobRunRepository runs;
    private final JobLauncher launcher;
    private final boolean active;

    JobRecovery(JobRunRepository runs, JobLauncher launcher, @Value("${pactwatch.mode:web}") String mode) {
        this.runs = runs;
        this.launcher = launcher;
        this.active = !"cli".equals(mode);
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        if (!active) {
            return;
        }
        for (JobRun run : runs.findUnfinished()) {
            log.info("resuming job {} ({}) of source {}", run.id(), run.status(), run.sourceName());
            launcher.submit(run.id());
        }
    }
}
