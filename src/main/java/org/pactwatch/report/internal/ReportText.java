package org.pactwatch.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.pactwatch.report.TieUpSummary;
import org.pactwatch.report.TieUpSummary.Deal;
import org.pactwatch.report.TieUpSummary.OtherTieUp;
import org.pactwatch.report.TieUpSummary.Tranche;

/** Sentences and cell texts that several renderers share. */
final class ReportText {

    private ReportText() {}

    static String scopeLine(TieUpSummary summary) {
        TieUpSummary.Scope scope = summary.scope();
        String parties = scope.resolved().stream()
                .map(p -> p.name().equals(p.ultimateParent()) ? p.name() : p.name() + " (→ " + p.ultimateParent() + ")")
                .collect(Collectors.joining(", "));
        String what = scope.mode() == TieUpSummary.Mode.ALL
                ? "All relationships of " + parties
                : "Relationships between " + parties;
        return what + "; period " + (scope.from() == null ? "any" : scope.from()) + " to "
                + (scope.to() == null ? "any" : scope.to());
    }

    static String parties(Deal deal) {
        return party(deal.payer()) + " → " + party(deal.payee());
    }

    private static String party(TieUpSummary.Party party) {
        return party.name().equals(party.ultimateParent())
                ? party.name()
                : party.name() + " (" + party.ultimateParent() + ")";
    }

    /** Instrument, stake, valuation, term, chips, capacity … as one line. */
    static String termsLine(Deal deal) {
        List<String> parts = new ArrayList<>();
        if (deal.termMonths() != null) {
            parts.add("term " + deal.termMonths() + " months");
        }
        for (String kind : List.of("INSTRUMENT", "STAKE_PERCENT", "VALUATION", "CHIPS", "CAPACITY")) {
            String values = Formats.terms(deal, kind);
            if (!values.isEmpty()) {
                parts.add(kind(kind).toLowerCase(java.util.Locale.ROOT) + " " + values);
            }
        }
        return String.join("; ", parts);
    }

    static String tranches(Deal deal) {
        if (deal.tranches().isEmpty()) {
            return "";
        }
        return " — tranches: "
                + deal.tranches().stream().map(ReportText::tranche).collect(Collectors.joining("; "));
    }

    static String tranche(Tranche t) {
        List<String> parts = new ArrayList<>();
        if (t.date() != null) {
            parts.add(t.date().toString());
        }
        parts.add(t.amountText() != null ? t.amountText() : Formats.usd(t.usd()));
        if (t.status() != null) {
            parts.add(t.status());
        }
        return String.join(" ", parts);
    }

    static String otherTieUp(OtherTieUp o) {
        return o.party() + " – " + o.counterparty() + ": " + o.deals() + " deal" + (o.deals() == 1 ? "" : "s") + " ("
                + o.types().stream().map(Formats::humanType).collect(Collectors.joining(", ")) + ")"
                + (o.usd() == null || o.usd().signum() == 0 ? "" : ", " + Formats.usd(o.usd()) + " stated");
    }

    /** "Amazon invested $4 billion in Anthropic (deal 3, 2024-11-22); Anthropic committed … back: 1.5× the investment". */
    static String pairedDeals(Deal investment, Deal commitment, java.math.BigDecimal ratio) {
        return investment.payer().name() + " invested " + stated(investment) + " in "
                + investment.payee().name()
                + " (deal " + investment.id() + ", " + dated(investment) + "); "
                + commitment.payer().name()
                + " committed " + stated(commitment) + " to "
                + commitment.payee().name() + " (deal " + commitment.id()
                + ", " + dated(commitment) + ")"
                + (ratio == null ? "" : ": " + ratio.toPlainString() + "× the investment");
    }

    private static String stated(Deal deal) {
        if (deal.amount() == null) {
            return "an undisclosed amount";
        }
        return deal.amount().text() != null
                ? deal.amount().text()
                : Formats.usd(deal.amount().usd());
    }

    private static String dated(Deal deal) {
        return deal.date() == null ? "undated" : deal.date().toString();
    }

    /** "Primary provider: AWS …"; OTHER terms read as themselves (the section title says what they are). */
    static String fact(TieUpSummary.TermFact fact) {
        return fact.kind().equals("OTHER") ? fact.value() : kind(fact.kind()) + ": " + fact.value();
    }

    static String kind(String kind) {
        return switch (kind) {
            case "STAKE_PERCENT" -> "Stake";
            case "VALUATION" -> "Valuation";
            case "INSTRUMENT" -> "Instrument";
            case "EXCLUSIVITY" -> "Exclusivity";
            case "PRIMARY_PROVIDER" -> "Primary provider";
            case "BOARD_SEAT" -> "Board seat";
            case "OBSERVER_SEAT" -> "Observer seat";
            case "CHIPS" -> "Chips";
            case "CAPACITY" -> "Capacity";
            case "REVENUE_SHARE" -> "Revenue share";
            default -> "Other";
        };
    }
}
