package org.pactwatch.ingest;

/** What a document is: a news-style article or a regulatory filing. */
public enum DocumentKind {
    NEWS,
    FILING
}
