package org.pactwatch.graph;

import java.time.LocalDate;
import java.util.List;

/**
 * One relationship (first ↔ second) or one company (second is null) in a comparison. "Out" is money from
 * the first party (to the second, or to anyone else for a company); "in" the reverse. {@code tieUps} describes the
 * tie-ups (see {@link TieUpService}) whose two deals are both among the row's deals.
 */
public record ComparisonRow(
        String label,
        CompanyRef first,
        CompanyRef second,
        double investedOut,
        double investedIn,
        double committedOut,
        double committedIn,
        List<String> commitmentTerms,
        List<String> providerTerms,
        List<String> tieUps,
        LocalDate firstDeal,
        LocalDate lastDeal,
        int deals,
        int sources) {}
