package org.pactwatch.deal.internal;

import java.time.LocalDate;
import org.pactwatch.extraction.ExtractedDeal;

/**
 * What deal_mention.payload holds: the deal as the document states it, the companies its parties resolved to,
 * and the date it counts for (the stated date, else the document's publication date).
 */
record MentionPayload(ExtractedDeal deal, Long payerId, Long payeeId, LocalDate date) {}
