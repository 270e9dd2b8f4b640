package org.pactwatch.alert;

import java.time.Instant;
import org.pactwatch.search.SearchParameters;
import org.pactwatch.search.SearchRequest;

/**
 * A search a user keeps: {@code query} is the search as URL query parameters ({@link SearchParameters}), so it
 * opens in the Search view as {@code /search?<query>}. {@code feedActive} tells whether its Atom feed link works.
 */
public record SavedSearch(
        long id, String name, String query, String target, boolean feedActive, Instant createdAt, long unread) {

    /** The saved query string parsed into a search request. */
    public SearchRequest request() {
        return SearchParameters.parse(query);
    }
}
