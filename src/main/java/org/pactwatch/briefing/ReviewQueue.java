package org.pactwatch.briefing;

import java.util.List;

/**
 * The analysts' review queue: how many live deals are unreviewed, how many of those have a confidence below {@link
 * BriefingService#LOW_CONFIDENCE} and how many have sources that state different figures; {@code next} lists the
 * deals to look at first (conflicting figures, then the least confident).
 */
public record ReviewQueue(long unreviewed, long lowConfidence, long conflicting, List<Item> next) {

    /** A deal in the queue and why it is there. */
    public record Item(BriefingDeal deal, boolean lowConfidence, boolean amountsDiffer, boolean datesDiffer) {}
}
