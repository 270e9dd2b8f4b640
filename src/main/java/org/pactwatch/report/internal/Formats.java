package org.pactwatch.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.pactwatch.report.TieUpSummary.Amount;
import org.pactwatch.report.TieUpSummary.Citation;
import org.pactwatch.report.TieUpSummary.Deal;
import org.pactwatch.report.TieUpSummary.Relationship;
import org.pactwatch.report.TieUpSummary.Term;

/** Text forms shared by every renderer, so that the PDF, the spreadsheet and the preview say the same. */
final class Formats {

    static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Formats() {}

    /** $4.0bn, $500m, $750k: compact USD for tables. */
    /** The source keys the citations name, each once, space-separated. */
    static String sourceKeys(List<Citation> citations) {
        return citations.stream().map(Citation::source).distinct().collect(Collectors.joining(" "));
    }

    static String usd(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal abs = value.abs();
        if (abs.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0) {
            return "$" + scaled(value, 1_000_000_000L) + "bn";
        }
        if (abs.compareTo(BigDecimal.valueOf(1_000_000L)) >= 0) {
            return "$" + scaled(value, 1_000_000L) + "m";
        }
        if (abs.compareTo(BigDecimal.valueOf(1_000L)) >= 0) {
            return "$" + scaled(value, 1_000L) + "k";
        }
        return "$" + value.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    private static String scaled(BigDecimal value, long unit) {
        return value.divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP).toPlainString();
    }

    /** The amount as written, its qualifier and currency, and the USD equivalent. */
    static String amount(Amount amount) {
        if (amount == null) {
            return "not stated";
        }
        StringBuilder out = new StringBuilder();
        out.append(amount.text() != null ? amount.text() : plainNumber(amount.value()));
        String details = java.util.stream.Stream.of(
                        amount.qualifier(),
                        amount.currency(),
                        amount.value() == null ? null : plainNumber(amount.value()))
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
        if (!details.isEmpty()) {
            out.append(" [").append(details).append(']');
        }
        if (amount.usd() != null && !"USD".equals(amount.currency())) {
            out.append(" ≈ ").append(usd(amount.usd()));
        }
        return out.toString();
    }

    static String plainNumber(BigDecimal value) {
        return value == null ? "" : String.format(Locale.ROOT, "%,.0f", value);
    }

    static String time(Instant instant) {
        return instant == null ? "" : UTC_TIME.format(instant);
    }

    static String date(Object date) {
        return date == null ? "" : date.toString();
    }

    /** "Amazon → Anthropic: up to $4 billion" */
    static String dealLine(Deal deal) {
        String amount = deal.amount() == null
                ? ""
                : ": "
                        + (deal.amount().text() != null
                                ? deal.amount().text()
                                : usd(deal.amount().usd()));
        return deal.payer().name() + " → " + deal.payee().name() + amount;
    }

    /** The values of a deal's terms of one kind, joined. */
    static String terms(Deal deal, String kind) {
        return deal.terms().stream()
                .filter(t -> t.kind().equals(kind))
                .map(Term::value)
                .distinct()
                .collect(Collectors.joining("; "));
    }

    /**
     * A relationship's row of the summary table, as the PDF and the preview show it: key, deals, unreviewed,
     * investment and commitment in USD, first and last date, latest status.
     */
    static String[] summaryRow(Relationship r) {
        return new String[] {
            r.key(),
            String.valueOf(r.dealCount()),
            String.valueOf(r.unreviewedCount()),
            usd(r.investmentUsd()),
            usd(r.commitmentUsd()),
            date(r.firstDate()),
            date(r.lastDate()),
            r.latestStatus()
        };
    }

    static String humanType(String type) {
        return switch (type) {
            case "CLOUD_COMMITMENT" -> "Cloud commitment";
            case "INVESTMENT" -> "Investment";
            case "ACQUISITION" -> "Acquisition";
            case "SUPPLY" -> "Supply";
            case "PARTNERSHIP" -> "Partnership";
            default -> type;
        };
    }

    /** File-name safe slug: "Amazon Web Services" → "amazon-web-services". */
    static String slug(String text) {
        String slug =
                text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "company" : slug;
    }
}
