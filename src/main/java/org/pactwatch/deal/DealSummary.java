package org.pactwatch.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.extraction.ExtractedDeal.Qualifier;

/** One row of the deal grid. */
public record DealSummary(
        long id,
        DealType type,
        DealStatus status,
        Long payerId,
        String payerName,
        Long payeeId,
        String payeeName,
        String amountText,
        Qualifier qualifier,
        String currency,
        BigDecimal amountValue,
        BigDecimal amountUsd,
        Integer termMonths,
        LocalDate date,
        double confidence,
        int sourceCount,
        ReviewState reviewState) {}
