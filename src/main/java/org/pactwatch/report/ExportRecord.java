package org.pactwatch.report;

import java.time.Instant;

/** A past export, without its bytes. */
public record ExportRecord(
        long id,
        String createdBy,
        Instant createdAt,
        ExportScope scope,
        ExportFormat format,
        String fileName,
        String sha256,
        int size) {}
