package org.pactwatch.ingest;

import java.time.Instant;
import java.time.LocalDate;

/** A document in lists: what it is, where it came from, and whether it was stored or failed. */
public record DocumentSummary(
        long id,
        DocumentKind kind,
        String title,
        String url,
        String canonicalUrl,
        String publisher,
        LocalDate publishedDate,
        Instant fetchedAt,
        String status,
        String error,
        Long sourceId,
        Long jobRunId,
        String filingForm,
        String filingCompany) {}
