package org.pactwatch.search;

/**
 * Full-text search over documents and deals. Today an embedded Lucene index; an OpenSearch/Solr implementation
 * can take its place behind this interface.
 */
public interface SearchService {

    /** Runs a search; throws {@link InvalidQueryException} for a query that cannot be parsed or is too long. */
    SearchResult search(SearchRequest request);
}
