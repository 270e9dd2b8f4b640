package org.pactwatch.alert;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.pactwatch.deal.DealView;
import org.pactwatch.extraction.ExtractedDeal.Amount;

/** A one-line, plain-text description of a deal for alerts and feed titles. */
public final class DealHeadline {

    private DealHeadline() {}

    /** e.g. "Amazon → Anthropic: INVESTMENT up to $4B (ANNOUNCED, 2023-09-25)". */
    public static String of(DealView deal) {
        StringBuilder s = new StringBuilder()
                .append(party(deal.payer()))
                .append(" → ")
                .append(party(deal.payee()))
                .append(": ")
                .append(deal.type());
        if (deal.amount() != null) {
            if (deal.amount().usd() != null) {
                s.append(' ')
                        .append(qualifier(deal.amount()))
                        .append(usd(deal.amount().usd()));
            } else if (deal.amount().text() != null) {
                s.append(' ').append(deal.amount().text());
            }
        }
        s.append(" (").append(deal.status());
        if (deal.date() != null) {
            s.append(", ").append(deal.date());
        }
        return s.append(')').toString();
    }

    private static String party(DealView.Party party) {
        return party == null || party.name() == null ? "?" : party.name();
    }

    private static String qualifier(Amount amount) {
        if (amount.qualifier() == null) {
            return "";
        }
        return switch (amount.qualifier()) {
            case EXACT, RANGE -> "";
            case UP_TO -> "up to ";
            case MORE_THAN -> "more than ";
            case AT_LEAST -> "at least ";
            case ABOUT -> "about ";
        };
    }

    private static String usd(BigDecimal usd) {
        if (usd.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0) {
            return "$"
                    + usd.divide(BigDecimal.valueOf(1_000_000_000L), 2, RoundingMode.HALF_UP)
                            .stripTrailingZeros()
                            .toPlainString()
                    + "B";
        }
        if (usd.compareTo(BigDecimal.valueOf(1_000_000L)) >= 0) {
            return "$"
                    + usd.divide(BigDecimal.valueOf(1_000_000L), 2, RoundingMode.HALF_UP)
                            .stripTrailingZeros()
                            .toPlainString()
                    + "M";
        }
        return "$" + usd.stripTrailingZeros().toPlainString();
    }
}
