package org.pactwatch.ingest;

/** Kinds of source. UPLOAD collects documents posted to the API; SAMPLE is the bundled corpus. */
public enum SourceKind {
    FEED,
    WEB,
    SITEMAP,
    EDGAR,
    EDGAR_SEARCH,
    FOLDER,
    UPLOAD,
    SAMPLE
}
