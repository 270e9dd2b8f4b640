package org.pactwatch.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A search: a Lucene classic query (empty matches everything), what to find, facet values to narrow by
 * (dimension → values, e.g. {@code "company" → ["Amazon"]}; values of one dimension are OR-ed), an optional
 * date range, a sort and a page.
 */
public record SearchRequest(
        String query,
        Target target,
        Map<String, List<String>> facets,
        LocalDate from,
        LocalDate to,
        Sort sort,
        int offset,
        int limit) {

    public enum Target {
        DEALS,
        DOCUMENTS
    }

    public enum Sort {
        RELEVANCE,
        DATE,
        AMOUNT
    }

    /** A search of this query over deals or documents: no facets or dates, by relevance, the first 20 hits. */
    public static SearchRequest of(String query, Target target) {
        return new SearchRequest(query, target, Map.of(), null, null, Sort.RELEVANCE, 0, 20);
    }

    /** This request with these facet filters (dimension to accepted values). */
    public SearchRequest withFacets(Map<String, List<String>> newFacets) {
        return new SearchRequest(query, target, newFacets, from, to, sort, offset, limit);
    }

    /** This request with a first and last date (null: open). */
    public SearchRequest withDates(LocalDate newFrom, LocalDate newTo) {
        return new SearchRequest(query, target, facets, newFrom, newTo, sort, offset, limit);
    }

    /** This request in another order. */
    public SearchRequest withSort(Sort newSort) {
        return new SearchRequest(query, target, facets, from, to, newSort, offset, limit);
    }

    /** This request for another page: the hits from newOffset, at most newLimit. */
    public SearchRequest withPage(int newOffset, int newLimit) {
        return new SearchRequest(query, target, facets, from, to, sort, newOffset, newLimit);
    }
}
