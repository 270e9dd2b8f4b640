package org.pactwatch.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.extraction.ExtractedDeal.Qualifier;

/**
 * One row of the deal grid. {@code firstSourceDate}/{@code lastSourceDate} are the earliest and latest date its
 * sources give the deal (null when not counted for this row); {@code reportedAmounts} every figure its sources
 * state, with how many state it.
 */
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
        ReviewState reviewState,
        LocalDate firstSourceDate,
        LocalDate lastSourceDate,
        List<ReportedAmount> reportedAmounts) {

    /** Sources more than a month apart on when the deal happened: worth a reviewer's look. */
    public static final int DATE_TOLERANCE_DAYS = 31;

    /** True when the sources state more than one figure for this deal. */
    public boolean amountsConflict() {
        return ReportedAmount.disagree(reportedAmounts);
    }

    /** True when the sources' dates for this deal lie further apart than {@link #DATE_TOLERANCE_DAYS}. */
    public boolean datesConflict() {
        return firstSourceDate != null
                && lastSourceDate != null
                && firstSourceDate.plusDays(DATE_TOLERANCE_DAYS).isBefore(lastSourceDate);
    }
}
