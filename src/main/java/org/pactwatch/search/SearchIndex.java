package org.pactwatch.search;

import java.time.Instant;

/** Maintenance of the search index, which is derived from PostgreSQL and can always be rebuilt. */
public interface SearchIndex {

    /** Counts in the database and in the index, and the change watermark stored with the last commit. */
    record Status(
            long databaseDocuments, long databaseDeals, long indexedDocuments, long indexedDeals, Instant watermark) {

        /** How many records the index is missing (or has too many of). */
        public long lag() {
            return Math.abs(databaseDocuments - indexedDocuments) + Math.abs(databaseDeals - indexedDeals);
        }
    }

    /** Indexes whatever changed since the watermark; returns the number of records (re)indexed or removed. */
    long catchUp();

    /** Drops the index and rebuilds it from the database; returns the number of records indexed. */
    long reindex();

    /** The counts in the database and the index, and the watermark of the last commit. */
    Status status();
}
