package org.pactwatch.ingest;

import java.util.List;

/** One page of documents and the total that matched. */
public record DocumentPage(long total, List<DocumentSummary> items) {}
