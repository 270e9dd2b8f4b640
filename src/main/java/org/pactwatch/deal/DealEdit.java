package org.pactwatch.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.extraction.ExtractedDeal.Qualifier;

/**
 * The analyst's corrections to a deal; null fields stay as they are. Parties are given by company id or by
 * name (resolved like an extracted party); {@code clearAmount} removes the amount.
 */
public record DealEdit(
        DealType type,
        DealStatus status,
        Long payerId,
        String payerName,
        Long payeeId,
        String payeeName,
        String amountText,
        String currency,
        BigDecimal amountValue,
        BigDecimal amountMin,
        BigDecimal amountMax,
        Qualifier qualifier,
        BigDecimal amountUsd,
        Boolean clearAmount,
        Integer termMonths,
        LocalDate date,
        LocalDate announcedDate,
        LocalDate closedDate) {}
