package org.pactwatch.briefing;

import java.util.List;
import org.pactwatch.ingest.JobRun;
import org.pactwatch.ingest.Source;

/** Every source with its newest run (null when it never ran), and the newest runs with failures and their reasons. */
public record IngestHealth(List<SourceHealth> sources, List<JobRun> failures) {

    /** A source and its newest run. */
    public record SourceHealth(Source source, JobRun lastRun) {

        /** Whether the newest run failed or had items fail. */
        public boolean failing() {
            return lastRun != null
                    && (lastRun.status() == org.pactwatch.ingest.JobStatus.FAILED || lastRun.failed() > 0);
        }
    }
}
