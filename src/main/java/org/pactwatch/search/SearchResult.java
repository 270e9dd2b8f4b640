package org.pactwatch.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of hits, the exact number of matches, and facet counts per dimension (company, type, year,
 * sourceKind, status), each value → count, most frequent first.
 */
public record SearchResult(long total, List<Hit> items, Map<String, Map<String, Long>> facets, long tookMillis) {

    /**
     * A document or deal that matched. {@code snippets} are plain-text passages with the matched words given
     * as offsets into the passage — never markup, so query or document text cannot inject HTML.
     */
    public record Hit(
            String kind,
            long id,
            float score,
            String title,
            LocalDate date,
            String url,
            String sourceKind,
            List<String> companies,
            List<String> types,
            List<String> statuses,
            BigDecimal amountUsd,
            List<Snippet> snippets) {}

    public record Snippet(String field, String text, List<Span> highlights) {}

    /** A highlighted range of a snippet's text: UTF-16 offsets, end exclusive. */
    public record Span(int begin, int end) {}
}
