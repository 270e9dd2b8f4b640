package org.pactwatch.ingest;

import java.time.Instant;
import java.time.LocalDate;

/** A document with its text and filing metadata. */
public record DocumentDetail(
        long id,
        DocumentKind kind,
        String title,
        String byline,
        String url,
        String canonicalUrl,
        String publisher,
        LocalDate publishedDate,
        Instant fetchedAt,
        String contentType,
        String language,
        String sha256,
        String status,
        String error,
        Long sourceId,
        Long jobRunId,
        String filingForm,
        String filingCik,
        String filingCompany,
        String filingAccession,
        LocalDate filingDate,
        String text) {}
