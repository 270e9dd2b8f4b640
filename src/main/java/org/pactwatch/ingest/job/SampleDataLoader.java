package org.pactwatch.ingest.job;

import org.pactwatch.ingest.SourceKind;
import org.pactwatch.ingest.store.SourceRepository;
import org.pactwatch.shared.DatabaseLocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the bundled sample corpus on the first start of an empty database, from local files (no network), as
 * a SAMPLE source and a job run, so a new user sees a populated app. On by default with the embedded database
 * ({@code PACTWATCH_SAMPLE_DATA} overrides).
 */
@Component
class SampleDataLoader {

    private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);

    private final SourceRepository sources;
    private final JobLauncher launcher;
    private final JdbcClient jdbc;
    private final boolean enabled;

    SampleDataLoader(
            SourceRepository sources,
            JobLauncher launcher,
            JdbcClient jdbc,
            DatabaseLocation database,
            @Value("${pactwatch.sample-data:}") String sampleData,
            @Value("${pactwatch.mode:web}") String mode) {
        this.sources = sources;
        this.launcher = launcher;
        this.jdbc = jdbc;
        boolean wanted =
                sampleData == null || sampleData.isBlank() ? database.isEmbedded() : Boolean.parseBoolean(sampleData);
        this.enabled = wanted && !"cli".equals(mode);
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnFirstStart() {
        if (!enabled) {
            return;
        }
        long existing = jdbc.sql("select (select count(*) from document) + (select count(*) from source)")
                .query(Long.class)
                .single();
        if (existing > 0) {
            return;
        }
        var source = sources.insertBuiltIn(SourceKind.SAMPLE, "Sample corpus", "system");
        var run = launcher.enqueue(source.id(), "SAMPLE", "system");
        log.info("loading the bundled sample corpus as job {}", run.id());
    }
}
