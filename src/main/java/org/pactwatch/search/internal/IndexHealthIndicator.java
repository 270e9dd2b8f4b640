package org.pactwatch.search.internal;

import org.pactwatch.search.SearchIndex;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Health component "index": the search index's counts against the database and its lag. A lag is normal while
 * documents are being ingested, so it is reported, not treated as down; an unreadable index is DOWN.
 */
@Component
class IndexHealthIndicator extends AbstractHealthIndicator {

    private final SearchIndex index;

    IndexHealthIndicator(SearchIndex index) {
        super("search index check failed");
        this.index = index;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        SearchIndex.Status status = index.status();
        builder.up()
                .withDetail("databaseDocuments", status.databaseDocuments())
                .withDetail("databaseDeals", status.databaseDeals())
                .withDetail("indexedDocuments", status.indexedDocuments())
                .withDetail("indexedDeals", status.indexedDeals())
                .withDetail("lag", status.lag())
                .withDetail("watermark", String.valueOf(status.watermark()));
    }
}
