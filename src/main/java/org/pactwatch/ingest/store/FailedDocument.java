package org.pactwatch.ingest.store;

import org.pactwatch.ingest.DocumentKind;
import org.pactwatch.ingest.parse.FilingInfo;

/** A document stored as FAILED, with what is needed to fetch it again. */
public record FailedDocument(long id, String url, DocumentKind kind, String title, FilingInfo filing, Long sourceId) {}
