package org.pactwatch.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * One run of a source: status, counts (seen = new + duplicate + failed once done), the expected total when
 * the source announced it, error samples and timing.
 */
public record JobRun(
        long id,
        Long sourceId,
        String sourceName,
        JobStatus status,
        String trigger,
        int seen,
        @JsonProperty("new") int newCount,
        int duplicate,
        int failed,
        Integer total,
        List<ErrorSample> errorSamples,
        String message,
        boolean cancelRequested,
        String requestedBy,
        Instant queuedAt,
        Instant startedAt,
        Instant finishedAt) {

    /** Share of the expected items seen so far, 0..1, or -1 when the total is unknown. */
    public double progress() {
        if (!status.isActive()) {
            return 1;
        }
        if (total == null || total <= 0) {
            return -1;
        }
        return Math.min(1, seen / (double) total);
    }
}
