package org.pactwatch.ingest;

import java.util.List;

/**
 * Finds stored documents by a Lucene classic query (words, phrases, fields, wildcards), the query language of
 * {@code /api/v1/search}. The search module implements it over its index, so that ingest lists documents by the
 * same query without depending on search.
 */
public interface DocumentMatcher {

    /** The most matches a document listing pages through; a query that matches more is told to narrow. */
    int MAX_MATCHES = 10_000;

    /**
     * Ids of the indexed documents {@code query} matches, best first, at most {@code limit}. Throws
     * {@link IllegalArgumentException} with a readable message for a query that cannot be parsed.
     */
    List<Long> matchingDocuments(String query, int limit);
}
