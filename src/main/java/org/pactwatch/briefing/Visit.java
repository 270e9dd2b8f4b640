package org.pactwatch.briefing;

import java.time.Instant;

/**
 * A user's dashboard visit: when their previous visit ended (null on the first) and where "new" starts by default —
 * the end of the previous visit, or {@link BriefingService#FIRST_VISIT_LOOKBACK} ago on the first.
 */
public record Visit(Instant previous, Instant since) {

    /** Whether the user has never looked at the dashboard before. */
    public boolean first() {
        return previous == null;
    }
}
