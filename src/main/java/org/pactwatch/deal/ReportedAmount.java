package org.pactwatch.deal;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.pactwatch.extraction.ExtractedDeal.Qualifier;

/**
 * One figure the sources of a deal state for it, as the first of them words it, and how many sources state it.
 * A deal whose sources state more than one figure shows them all instead of one picked silently.
 */
public record ReportedAmount(String text, Qualifier qualifier, String currency, BigDecimal value, int sources) {

    /** True when the sources state more than one figure. */
    public static boolean disagree(List<ReportedAmount> amounts) {
        return amounts != null && amounts.size() > 1;
    }

    /** "$4 billion (2 sources) / up to $4 billion (1)": each figure with its number of sources, most stated first. */
    public static String spread(List<ReportedAmount> amounts) {
        if (amounts == null || amounts.isEmpty()) {
            return "";
        }
        StringBuilder first = new StringBuilder(label(amounts.getFirst()))
                .append(" (")
                .append(amounts.getFirst().sources())
                .append(amounts.getFirst().sources() == 1 ? " source)" : " sources)");
        String rest = amounts.stream()
                .skip(1)
                .map(a -> label(a) + " (" + a.sources() + ")")
                .collect(Collectors.joining(" / "));
        return rest.isEmpty() ? first.toString() : first + " / " + rest;
    }

    private static String label(ReportedAmount a) {
        if (a.text() != null && !a.text().isBlank()) {
            return a.text();
        }
        return (a.currency() == null ? "" : a.currency() + " ")
                + (a.value() == null ? "?" : a.value().toPlainString());
    }
}
