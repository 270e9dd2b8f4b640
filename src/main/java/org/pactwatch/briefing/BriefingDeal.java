package org.pactwatch.briefing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.pactwatch.deal.ReviewState;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;

/**
 * One deal as a dashboard tile lists it; a party's name is the registry's, else the text's mention (null when the
 * deal has no such party). {@code createdAt} is when Pactwatch first stored the deal.
 */
public record BriefingDeal(
        long id,
        DealType type,
        DealStatus status,
        Long payerId,
        String payerName,
        Long payeeId,
        String payeeName,
        String amountText,
        BigDecimal amountUsd,
        LocalDate date,
        double confidence,
        ReviewState reviewState,
        Instant createdAt) {}
