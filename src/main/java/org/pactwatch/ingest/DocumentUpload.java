package org.pactwatch.ingest;

import java.time.LocalDate;

/** A document posted as JSON: at least {@code text}; the rest is optional metadata. */
public record DocumentUpload(
        String title,
        String text,
        String url,
        String publisher,
        String byline,
        LocalDate published,
        DocumentKind kind) {}
