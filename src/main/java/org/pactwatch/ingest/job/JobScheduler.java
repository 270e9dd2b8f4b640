package org.pactwatch.ingest.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import org.pactwatch.ingest.Source;
import org.pactwatch.ingest.store.SourceRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Runs sources on their cron schedules (web application only, not in CLI runs). A trigger while the source's
 * previous run is still active does not queue another.
 */
@Component
public class JobScheduler {

    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

    private final TaskScheduler scheduler;
    private final JobLauncher launcher;
    private final SourceRepository sources;
    private final boolean active;
    private final Map<Long, ScheduledFuture<?>> scheduled = new ConcurrentHashMap<>();

    JobScheduler(
            TaskScheduler scheduler,
            JobLauncher launcher,
            SourceRepository sources,
            @Value("${pactwatch.mode:web}") String mode) {
        this.scheduler = scheduler;
        this.launcher = launcher;
        this.sources = sources;
        this.active = !"cli".equals(mode);
    }

    @EventListener(ApplicationReadyEvent.class)
    void scheduleAll() {
        sources.findAll().forEach(this::reschedule);
    }

    /** (Re)plans a source after it was created or changed. */
    public void reschedule(Source source) {
        unschedule(source.id());
        if (!active || !source.enabled() || source.schedule() == null) {
            return;
        }
        CronTrigger trigger = new CronTrigger(CronSchedules.normalize(source.schedule()));
        scheduled.put(source.id(), scheduler.schedule(() -> trigger(source.id()), trigger));
    }

    public void unschedule(long sourceId) {
        ScheduledFuture<?> previous = scheduled.remove(sourceId);
        if (previous != null) {
            previous.cancel(false);
        }
    }

    private void trigger(long sourceId) {
        try {
            launcher.enqueue(sourceId, "SCHEDULE", "scheduler");
        } catch (RuntimeException e) {
            log.warn("scheduled run of source {} not started: {}", sourceId, e.toString());
        }
    }
}
