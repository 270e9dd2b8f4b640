package org.pactwatch.search.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** What the index holds about one document or deal, read from the database. */
record IndexRecord(
        String kind,
        long id,
        String title,
        String body,
        LocalDate date,
        String url,
        String publisher,
        Set<String> sourceKinds,
        Set<String> companies,
        Set<String> types,
        Set<String> statuses,
        Set<BigDecimal> amountsUsd,
        String reviewState) {

    String uid() {
        return kind + ":" + id;
    }
}
