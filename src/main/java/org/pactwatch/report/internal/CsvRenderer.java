package org.pactwatch.report.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pactwatch.report.ExportFormat;
import org.pactwatch.report.TieUpSummary;
import org.pactwatch.report.TieUpSummary.CircularFlow;
import org.pactwatch.report.TieUpSummary.Citation;
import org.pactwatch.report.TieUpSummary.Deal;
import org.pactwatch.report.TieUpSummary.OtherTieUp;
import org.pactwatch.report.TieUpSummary.PairedDeals;
import org.pactwatch.report.TieUpSummary.Relationship;
import org.pactwatch.report.TieUpSummary.Term;
import org.pactwatch.report.TieUpSummary.Tranche;
import org.pactwatch.shared.SpreadsheetCells;
import org.springframework.stereotype.Component;

/**
 * The summary as one long table: a row per field, each with the sentence, URL, publisher, dates and
 * SHA-256 that back it. Spreadsheet users filter by relationship, deal or field.
 */
@Component
class CsvRenderer implements SummaryRenderer {

    static final String[] HEADER = {
        "relationship",
        "deal_id",
        "deal_type",
        "deal_status",
        "review_state",
        "field",
        "value",
        "source",
        "sentence",
        "url",
        "publisher",
        "published",
        "retrieved",
        "sha256"
    };

    @Override
    public ExportFormat format() {
        return ExportFormat.CSV;
    }

    @Override
    public byte[] render(TieUpSummary summary) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (Relationship relationship : summary.relationships()) {
                for (Deal deal : dealsOf(relationship)) {
                    writeDeal(csv, relationship, deal);
                }
                for (CircularFlow flow : relationship.circularFlows()) {
                    row(
                            csv,
                            relationship,
                            null,
                            "circular_flow",
                            flow.description() + " — deals " + flow.investmentDealIds() + " / "
                                    + flow.commitmentDealIds(),
                            null);
                }
                for (PairedDeals pair : relationship.pairedDeals()) {
                    row(csv, relationship, null, "paired_deals", pair.description(), null);
                }
                for (OtherTieUp other : relationship.otherTieUps()) {
                    row(
                            csv,
                            relationship,
                            null,
                            "other_tie_up",
                            other.party() + " – " + other.counterparty() + ": " + other.deals() + " deal(s) "
                                    + other.types() + " " + Formats.usd(other.usd()),
                            null);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static List<Deal> dealsOf(Relationship relationship) {
        return java.util.stream.Stream.of(
                        relationship.investments(), relationship.commitments(), relationship.partnerships())
                .flatMap(List::stream)
                .toList();
    }

    private static void writeDeal(CSVPrinter csv, Relationship relationship, Deal deal) throws IOException {
        Citation first = deal.citations().isEmpty() ? null : deal.citations().getFirst();
        row(
                csv,
                relationship,
                deal,
                "payer",
                deal.payer().name() + " (ultimate parent: " + deal.payer().ultimateParent() + ")",
                first);
        row(
                csv,
                relationship,
                deal,
                "payee",
                deal.payee().name() + " (ultimate parent: " + deal.payee().ultimateParent() + ")",
                first);
        row(csv, relationship, deal, "amount", Formats.amount(deal.amount()), first);
        if (deal.amount() != null && deal.amount().usd() != null) {
            row(csv, relationship, deal, "amount_usd", deal.amount().usd().toPlainString(), first);
        }
        row(csv, relationship, deal, "date", Formats.date(deal.date()), first);
        if (deal.announcedDate() != null) {
            row(csv, relationship, deal, "announced_date", deal.announcedDate().toString(), first);
        }
        if (deal.closedDate() != null) {
            row(csv, relationship, deal, "closed_date", deal.closedDate().toString(), first);
        }
        if (deal.termMonths() != null) {
            row(csv, relationship, deal, "term_months", deal.termMonths().toString(), first);
        }
        if (deal.cumulative()) {
            row(csv, relationship, deal, "cumulative", "restates earlier tranches", first);
        }
        for (Tranche t : deal.tranches()) {
            row(
                    csv,
                    relationship,
                    deal,
                    "tranche",
                    String.join(
                                    " ",
                                    List.of(
                                            Formats.date(t.date()),
                                            t.amountText() == null ? "" : t.amountText(),
                                            t.usd() == null ? "" : "(" + Formats.usd(t.usd()) + ")",
                                            t.status() == null ? "" : t.status()))
                            .strip(),
                    first);
        }
        for (Term term : deal.terms()) {
            row(csv, relationship, deal, "term:" + term.kind(), term.value(), term.citation());
        }
        for (Citation citation : deal.citations()) {
            row(csv, relationship, deal, "evidence", "", citation);
        }
    }

    private static void row(
            CSVPrinter csv, Relationship relationship, Deal deal, String field, String value, Citation c)
            throws IOException {
        csv.printRecord(Stream.of(
                        relationship.key(),
                        deal == null ? "" : deal.id(),
                        deal == null ? "" : deal.type(),
                        deal == null ? "" : deal.status(),
                        deal == null ? "" : deal.reviewState(),
                        field,
                        value,
                        c == null ? "" : c.source(),
                        c == null ? "" : c.sentence(),
                        c == null ? "" : c.url(),
                        c == null ? "" : nullToEmpty(c.publisher()),
                        c == null ? "" : Formats.date(c.published()),
                        c == null || c.retrieved() == null ? "" : c.retrieved().toString(),
                        c == null ? "" : nullToEmpty(c.sha256()))
                .map(cell -> cell instanceof String text ? SpreadsheetCells.safe(text) : cell)
                .toList());
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
