package org.pactwatch.report.internal;

import static org.pactwatch.report.internal.PdfLayout.BOLD;
import static org.pactwatch.report.internal.PdfLayout.INK;
import static org.pactwatch.report.internal.PdfLayout.ITALIC;
import static org.pactwatch.report.internal.PdfLayout.MONO;
import static org.pactwatch.report.internal.PdfLayout.MUTED;
import static org.pactwatch.report.internal.PdfLayout.REGULAR;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.pactwatch.report.ExportFormat;
import org.pactwatch.report.TieUpSummary;
import org.pactwatch.report.TieUpSummary.CircularFlow;
import org.pactwatch.report.TieUpSummary.Citation;
import org.pactwatch.report.TieUpSummary.Deal;
import org.pactwatch.report.TieUpSummary.OtherTieUp;
import org.pactwatch.report.TieUpSummary.Relationship;
import org.pactwatch.report.TieUpSummary.Source;
import org.pactwatch.report.TieUpSummary.TermFact;
import org.pactwatch.report.TieUpSummary.Tranche;
import org.springframework.stereotype.Component;

/**
 * The readable report: cover, summary table, timeline chart, a section per relationship with its
 * deals and citations, and an appendix of sources with their SHA-256. Creation and modification dates
 * are the generation time and the document ID is derived from the content, so equal input gives
 * equal bytes.
 */
@Component
class PdfRenderer implements SummaryRenderer {

    private static final float BODY = 9;
    private static final float SMALL = 7.5f;

    @Override
    public ExportFormat format() {
        return ExportFormat.PDF;
    }

    @Override
    public byte[] render(TieUpSummary summary) {
        try (PDDocument document = new PDDocument()) {
            try (PdfLayout layout = new PdfLayout(document)) {
                cover(layout, summary);
                summaryTable(layout, summary);
                new PdfTimelineChart(layout).draw(summary);
                for (Relationship relationship : summary.relationships()) {
                    relationship(layout, relationship);
                }
                sources(layout, summary);
            }
            footers(document, summary);
            metadata(document, summary);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cover(PdfLayout layout, TieUpSummary summary) {
        layout.newPage();
        layout.moveDown(120);
        layout.paragraph("PACTWATCH", BOLD, 11, PdfLayout.ACCENT);
        layout.moveDown(8);
        layout.paragraph("Tie-up summary", BOLD, 28, INK);
        layout.moveDown(6);
        layout.paragraph(ReportText.scopeLine(summary), REGULAR, 13, INK);
        layout.moveDown(18);
        int deals = summary.relationships().stream()
                .mapToInt(Relationship::dealCount)
                .sum();
        int unreviewed = summary.relationships().stream()
                .mapToInt(Relationship::unreviewedCount)
                .sum();
        for (String line : List.of(
                "Generated: " + Formats.time(summary.generatedAt()),
                "Relationships: " + summary.relationships().size(),
                "Deals: " + deals + " (" + unreviewed + " not yet reviewed by an analyst)",
                "Sources cited: " + summary.sources().size())) {
            layout.paragraph(line, REGULAR, 11, INK);
        }
        layout.moveDown(24);
        layout.rule();
        layout.paragraph(
                "How to read this report. A relationship is a pair of ultimate parents: subsidiaries roll up "
                        + "(Amazon Web Services counts as Amazon). Every fact carries a source key such as [S1]; the "
                        + "relationship section quotes the sentence and the appendix gives the document's URL, "
                        + "publisher, publication and retrieval dates and the SHA-256 of the stored text, so that "
                        + "each claim can be checked. Analyst-rejected and merged deals are left out; deals no "
                        + "analyst has reviewed yet are marked UNREVIEWED. Totals leave out cumulative restatements "
                        + "and denied reports.",
                REGULAR,
                BODY,
                MUTED);
    }

    private static void summaryTable(PdfLayout layout, TieUpSummary summary) {
        layout.newPage();
        layout.heading("Summary", 16);
        if (summary.relationships().isEmpty()) {
            layout.paragraph("No relationships in this scope and period.", ITALIC, BODY, MUTED);
            return;
        }
        List<String[]> rows = new ArrayList<>();
        for (Relationship r : summary.relationships()) {
            String[] row = Arrays.copyOf(Formats.summaryRow(r), 9);
            row[8] = r.circularFlows().isEmpty() ? "" : "yes";
            rows.add(row);
        }
        layout.table(
                new float[] {2.9f, 0.9f, 1.1f, 1.4f, 1.6f, 1.4f, 1.4f, 1.8f, 1.3f},
                new String[] {
                    "Relationship",
                    "Deals",
                    "Unrev.",
                    "Investment",
                    "Commitment",
                    "First",
                    "Last",
                    "Latest status",
                    "Circular"
                },
                rows,
                8);
    }

    private static void relationship(PdfLayout layout, Relationship r) {
        layout.newPage();
        layout.heading(r.key(), 16);
        layout.paragraph(
                "Parties: "
                        + r.entities().stream()
                                .map(p -> p.name().equals(p.ultimateParent())
                                        ? p.name()
                                        : p.name() + " (ultimate parent " + p.ultimateParent() + ")")
                                .collect(Collectors.joining(", ")),
                REGULAR,
                BODY,
                INK);
        layout.paragraph(
                "Dates: " + Formats.date(r.firstDate()) + " to " + Formats.date(r.lastDate()) + " · latest status "
                        + r.latestStatus() + " · " + r.dealCount() + " deals, " + r.unreviewedCount()
                        + " unreviewed · stated investment " + Formats.usd(r.investmentUsd())
                        + " · stated commitments " + Formats.usd(r.commitmentUsd()),
                REGULAR,
                BODY,
                INK);
        deals(layout, "Investments", r.investments(), "Instrument, stake, valuation");
        deals(layout, "Compute and cloud commitments", r.commitments(), "Term, chips, capacity");
        deals(layout, "Partnerships", r.partnerships(), "Terms");
        facts(layout, "Exclusivity and preferred status", r.exclusivity());
        facts(layout, "Revenue sharing", r.revenueSharing());
        facts(layout, "Governance", r.governance());
        facts(layout, "Distribution and licensing", r.distribution());
        facts(layout, "Other terms", r.otherTerms());
        if (!r.circularFlows().isEmpty()) {
            layout.heading("Circular flows", 11);
            for (CircularFlow flow : r.circularFlows()) {
                layout.paragraph(
                        "• " + flow.description() + " — investment deals " + ids(flow.investmentDealIds())
                                + ", commitment deals " + ids(flow.commitmentDealIds()),
                        REGULAR,
                        BODY,
                        INK);
            }
        }
        if (!r.pairedDeals().isEmpty()) {
            layout.heading("Paired deals (investment and commitment back)", 11);
            for (TieUpSummary.PairedDeals pair : r.pairedDeals()) {
                layout.paragraph(
                        "• " + pair.description() + "; " + pair.daysApart() + " days apart (window "
                                + pair.windowMonths() + " months)",
                        REGULAR,
                        BODY,
                        INK);
            }
        }
        if (!r.otherTieUps().isEmpty()) {
            layout.heading("The parties' other tie-ups in the period", 11);
            for (OtherTieUp other : r.otherTieUps()) {
                layout.paragraph("• " + ReportText.otherTieUp(other), REGULAR, BODY, INK);
            }
        }
        citations(layout, r);
    }

    private static void deals(PdfLayout layout, String title, List<Deal> deals, String termsHeader) {
        if (deals.isEmpty()) {
            return;
        }
        layout.heading(title, 11);
        List<String[]> rows = new ArrayList<>();
        for (Deal d : deals) {
            rows.add(new String[] {
                "#" + d.id(),
                Formats.date(d.date()),
                ReportText.parties(d),
                Formats.amount(d.amount()),
                ReportText.termsLine(d),
                d.status() + (d.unreviewed() ? "\nUNREVIEWED" : "") + (d.cumulative() ? "\ncumulative" : ""),
                Formats.sourceKeys(d.citations())
            });
            for (Tranche t : d.tranches()) {
                rows.add(new String[] {
                    "",
                    Formats.date(t.date()),
                    "  tranche",
                    t.amountText() == null ? Formats.usd(t.usd()) : t.amountText(),
                    t.usd() == null ? "" : "USD " + Formats.plainNumber(t.usd()),
                    t.status() == null ? "" : t.status(),
                    Formats.sourceKeys(d.citations())
                });
            }
        }
        layout.table(
                new float[] {0.7f, 1.15f, 2.5f, 2.4f, 2.4f, 1.65f, 0.8f},
                new String[] {"Deal", "Date", "Parties", "Amount", termsHeader, "Status", "Src"},
                rows,
                7.5f);
    }

    private static void facts(PdfLayout layout, String title, List<TermFact> facts) {
        if (facts.isEmpty()) {
            return;
        }
        layout.heading(title, 11);
        for (TermFact f : facts) {
            layout.paragraph(
                    "• " + ReportText.fact(f) + " (deal #" + f.dealId() + ") "
                            + (f.citation() == null ? "" : "[" + f.citation().source() + "]"),
                    REGULAR,
                    BODY,
                    INK);
        }
    }

    /** Every sentence that backs a fact of this relationship, with its source's URL and hash. */
    private static void citations(PdfLayout layout, Relationship r) {
        layout.heading("Citations", 11);
        for (Deal d : dealsOf(r)) {
            List<Citation> all = new ArrayList<>(d.citations());
            d.terms().stream()
                    .map(TieUpSummary.Term::citation)
                    .filter(c -> c != null && !all.contains(c))
                    .forEach(all::add);
            for (Citation c : all) {
                layout.paragraph(
                        "#" + d.id() + " [" + c.source() + "] \u201c" + c.sentence() + "\u201d",
                        REGULAR,
                        SMALL,
                        INK,
                        6);
                layout.paragraph(
                        (c.publisher() == null ? "" : c.publisher() + ", ") + "published " + Formats.date(c.published())
                                + ", retrieved " + Formats.time(c.retrieved()) + " · " + c.url(),
                        REGULAR,
                        SMALL,
                        MUTED,
                        14);
                layout.paragraph("SHA-256 " + c.sha256(), MONO, SMALL, MUTED, 14);
            }
        }
    }

    private static void sources(PdfLayout layout, TieUpSummary summary) {
        layout.newPage();
        layout.heading("Appendix: sources", 16);
        layout.paragraph(
                "SHA-256 is computed over the stored document text (UTF-8); recompute it to check that a source "
                        + "has not changed since it was retrieved.",
                ITALIC,
                BODY,
                MUTED);
        layout.moveDown(6);
        for (Source s : summary.sources()) {
            layout.ensure(48);
            layout.paragraph("[" + s.key() + "] " + (s.title() == null ? "(untitled)" : s.title()), BOLD, BODY, INK);
            layout.paragraph(
                    (s.publisher() == null ? "" : s.publisher() + " · ") + "published " + Formats.date(s.published())
                            + " · retrieved " + Formats.time(s.retrieved()),
                    REGULAR,
                    SMALL,
                    INK,
                    10);
            layout.paragraph(s.url(), REGULAR, SMALL, PdfLayout.ACCENT, 10);
            layout.paragraph("SHA-256 " + s.sha256(), MONO, SMALL, MUTED, 10);
            layout.moveDown(4);
        }
    }

    private static void footers(PDDocument document, TieUpSummary summary) throws IOException {
        int total = document.getNumberOfPages();
        String left = "Pactwatch tie-up summary · generated " + Formats.time(summary.generatedAt());
        for (int i = 0; i < total; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream content =
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                PdfLayout layout = new PdfLayout(document);
                String right = "page " + (i + 1) + " of " + total;
                content.beginText();
                content.setFont(REGULAR, 7);
                content.setNonStrokingColor(MUTED);
                content.newLineAtOffset(PdfLayout.MARGIN, PdfLayout.MARGIN - 16);
                content.showText(layout.clean(left, REGULAR));
                content.endText();
                content.beginText();
                content.newLineAtOffset(
                        PdfLayout.PAGE_WIDTH - PdfLayout.MARGIN - layout.width(right, REGULAR, 7),
                        PdfLayout.MARGIN - 16);
                content.showText(right);
                content.endText();
            }
        }
    }

    /** Fixed dates and a content-derived ID: PDFBox would otherwise stamp the current time into both. */
    private static void metadata(PDDocument document, TieUpSummary summary) {
        Calendar generated = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        generated.setTimeInMillis(summary.generatedAt().toEpochMilli());
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("Tie-up summary: " + ReportText.scopeLine(summary));
        info.setAuthor("Pactwatch");
        info.setSubject("Big Tech and AI-lab tie-ups with cited evidence");
        info.setCreator("Pactwatch");
        info.setProducer("Pactwatch report module (Apache PDFBox)");
        info.setCreationDate(generated);
        info.setModificationDate(generated);
        byte[] id = Arrays.copyOf(fingerprint(summary), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** SHA-256 over what identifies the report: generation time, scope, deals and the hashes of the sources. */
    private static byte[] fingerprint(TieUpSummary summary) {
        StringBuilder key = new StringBuilder(summary.generatedAt() + "\n" + ReportText.scopeLine(summary));
        for (Relationship r : summary.relationships()) {
            key.append('\n').append(r.key());
            dealsOf(r).forEach(d -> key.append(' ').append(d.id()).append(d.reviewState()));
        }
        summary.sources().forEach(s -> key.append('\n').append(s.key()).append(s.sha256()));
        return DigestUtils.sha256(key.toString());
    }

    static List<Deal> dealsOf(Relationship r) {
        return CsvRenderer.dealsOf(r);
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(id -> "#" + id).collect(Collectors.joining(", "));
    }
}
