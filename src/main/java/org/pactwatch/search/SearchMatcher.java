package org.pactwatch.search;

import java.util.Collection;
import java.util.Set;

/** Tells which deals a search finds — the test behind saved-search alerts. */
public interface SearchMatcher {

    /**
     * The ids among {@code dealIds} that {@code request} finds (its query, facet filters and dates; target, sort
     * and paging are ignored). The deals are (re)indexed first, so that deals stored a moment ago are seen.
     * Throws {@link InvalidQueryException} for a query that cannot be parsed.
     */
    Set<Long> matchingDeals(SearchRequest request, Collection<Long> dealIds);
}
