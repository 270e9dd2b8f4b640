package org.pactwatch.ingest;

/** Life cycle of a job run: QUEUED → RUNNING → SUCCEEDED | FAILED | CANCELLED. */
public enum JobStatus {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    /** Whether the job is still queued or running. */
    public boolean isActive() {
        return this == QUEUED || this == RUNNING;
    }
}
