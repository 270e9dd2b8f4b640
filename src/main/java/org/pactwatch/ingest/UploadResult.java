package org.pactwatch.ingest;

/** What an upload did: stored a new document, or found it already there ({@code duplicate}). */
public record UploadResult(long documentId, boolean duplicate, DocumentDetail document) {}
