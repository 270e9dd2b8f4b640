package org.pactwatch.graph;

import java.time.LocalDate;

/**
 * One deal as a directed link from the party that pays or invests to the party that receives.
 *
 * <p>NOTE: {@code amountUsd} is null when no amount was stated; {@code dealDate} may be null for undated
 * deals, which the timeline leaves out.
 */
public record DealLink(
        long id,
        String type,
        String status,
        CompanyRef payer,
        CompanyRef payee,
        Double amountUsd,
        String amountText,
        LocalDate dealDate,
        Integer termMonths,
        int sources) {

    /** Whether the deal is an investment. */
    public boolean isInvestment() {
        return DealTypes.INVESTMENT.equals(type);
    }

    /** Whether the deal is a cloud commitment. */
    public boolean isCommitment() {
        return DealTypes.CLOUD_COMMITMENT.equals(type);
    }

    /** The deal's amount in US dollars, 0 when undisclosed. */
    public double usdOrZero() {
        return amountUsd == null ? 0 : amountUsd;
    }
}
