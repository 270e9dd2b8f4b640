package org.pactwatch.ingest;

import java.time.Instant;

/** A configured source of documents; {@code schedule} is a cron expression, null for manual runs only. */
public record Source(
        long id,
        SourceKind kind,
        String name,
        String url,
        String cik,
        String path,
        String query,
        String schedule,
        boolean enabled,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {}
