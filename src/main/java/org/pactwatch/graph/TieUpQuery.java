package org.pactwatch.graph;

import java.time.LocalDate;

/**
 * Which tie-ups to list: all, or those of one company ({@code companyId}, rolled up to its top parent, so AWS
 * asks for Amazon's); both deals dated within {@code from}–{@code to} (either may be null); the investment and
 * the commitment at most {@code windowMonths} apart.
 */
public record TieUpQuery(Long companyId, LocalDate from, LocalDate to, int windowMonths) {

    /** How far apart, by default, an investment and the commitment back may be to count as a pair. */
    public static final int DEFAULT_WINDOW_MONTHS = 12;

    /** The longest window a query may ask for. */
    public static final int MAX_WINDOW_MONTHS = 120;

    public TieUpQuery {
        if (windowMonths < 0 || windowMonths > MAX_WINDOW_MONTHS) {
            throw new IllegalArgumentException("windowMonths is 0 to " + MAX_WINDOW_MONTHS
                    + " (months between the two deals), not " + windowMonths);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from (" + from + ") is after to (" + to + ")");
        }
    }

    /** Every tie-up, with the default window. */
    public static TieUpQuery all() {
        return new TieUpQuery(null, null, null, DEFAULT_WINDOW_MONTHS);
    }

    /** The tie-ups of one company (and its group), with the default window. */
    public static TieUpQuery of(long companyId) {
        return new TieUpQuery(companyId, null, null, DEFAULT_WINDOW_MONTHS);
    }
}
