package org.pactwatch.ingest;

/** Published when a new document (or a changed text) was stored and awaits extraction. */
public record DocumentStored(long documentId) {}
