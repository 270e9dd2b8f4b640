package org.pactwatch.briefing;

import java.time.Instant;
import java.util.List;

/** The deals stored after {@code since}: how many, and the newest of them. */
public record NewDeals(Instant since, long count, List<BriefingDeal> newest) {}
