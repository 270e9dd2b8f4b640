package org.pactwatch.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.pactwatch.report.ExportFormat;
import org.pactwatch.report.TieUpSummary;
import org.pactwatch.report.TieUpSummary.CircularFlow;
import org.pactwatch.report.TieUpSummary.Citation;
import org.pactwatch.report.TieUpSummary.Deal;
import org.pactwatch.report.TieUpSummary.OtherTieUp;
import org.pactwatch.report.TieUpSummary.Relationship;
import org.pactwatch.report.TieUpSummary.Source;
import org.pactwatch.report.TieUpSummary.Term;
import org.pactwatch.report.TieUpSummary.Tranche;
import org.pactwatch.shared.SpreadsheetCells;
import org.springframework.stereotype.Component;

/**
 * The summary as a workbook: Summary, Deals, Tranches, Terms, Evidence, Context and Sources sheets.
 * Core properties carry the generation time and the zip is rewritten with fixed entry times, so equal
 * input gives equal bytes.
 */
@Component
class XlsxRenderer implements SummaryRenderer {

    static final List<String> SHEETS =
            List.of("Summary", "Deals", "Tranches", "Terms", "Evidence", "Context", "Sources");
    private static final String[] CITATION_HEADER = {
        "Source", "Sentence", "URL", "Publisher", "Published", "Retrieved", "SHA-256"
    };

    @Override
    public ExportFormat format() {
        return ExportFormat.XLSX;
    }

    @Override
    public byte[] render(TieUpSummary summary) {
        // streaming workbook: XSSF builds every cell as an XML bean, several seconds for 100,000 cells
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(workbook);
            summarySheet(new Rows(workbook, styles, "Summary"), summary);
            dealsSheet(new Rows(workbook, styles, "Deals"), summary);
            tranchesSheet(new Rows(workbook, styles, "Tranches"), summary);
            termsSheet(new Rows(workbook, styles, "Terms"), summary);
            evidenceSheet(new Rows(workbook, styles, "Evidence"), summary);
            contextSheet(new Rows(workbook, styles, "Context"), summary);
            sourcesSheet(new Rows(workbook, styles, "Sources"), summary);
            POIXMLProperties.CoreProperties core =
                    workbook.getXSSFWorkbook().getProperties().getCoreProperties();
            Date generated = Date.from(summary.generatedAt());
            core.setCreated(Optional.of(generated));
            core.setModified(Optional.of(generated));
            core.setCreator("Pactwatch");
            core.setTitle("Tie-up summary");
            core.setDescription(ReportText.scopeLine(summary));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return withFixedEntryTimes(
                    out.toByteArray(), LocalDateTime.ofInstant(summary.generatedAt(), ZoneOffset.UTC));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void summarySheet(Rows rows, TieUpSummary summary) {
        rows.title("Pactwatch tie-up summary");
        rows.values("Scope", ReportText.scopeLine(summary));
        rows.values("Generated", Formats.time(summary.generatedAt()));
        rows.values("Sources cited", summary.sources().size());
        rows.values(
                "Note",
                "Analyst-rejected and merged deals are left out; UNREVIEWED deals are marked. Every fact cites a source key (S1 …) listed on the Sources sheet with its SHA-256.");
        rows.blank();
        rows.header(
                "Relationship",
                "Party A",
                "Party B",
                "Deals",
                "Unreviewed",
                "Investment USD",
                "Commitments USD",
                "First date",
                "Last date",
                "Latest status",
                "Circular flow");
        for (Relationship r : summary.relationships()) {
            rows.values(
                    r.key(),
                    r.partyA(),
                    r.partyB(),
                    r.dealCount(),
                    r.unreviewedCount(),
                    r.investmentUsd(),
                    r.commitmentUsd(),
                    r.firstDate(),
                    r.lastDate(),
                    r.latestStatus(),
                    !r.circularFlows().isEmpty());
        }
        rows.widths(34, 18, 18, 8, 11, 18, 18, 12, 12, 16, 12);
    }

    private static void dealsSheet(Rows rows, TieUpSummary summary) {
        rows.header(
                "Relationship",
                "Deal ID",
                "Type",
                "Status",
                "Review state",
                "Payer",
                "Payer ultimate parent",
                "Payee",
                "Payee ultimate parent",
                "Date",
                "Announced",
                "Closed",
                "Amount as written",
                "Qualifier",
                "Currency",
                "Value",
                "USD",
                "Term (months)",
                "Instrument",
                "Stake",
                "Valuation",
                "Chips",
                "Capacity",
                "Cumulative",
                "Sources",
                "Sentence",
                "URL",
                "Publisher",
                "Published",
                "Retrieved",
                "SHA-256");
        for (Relationship r : summary.relationships()) {
            for (Deal d : CsvRenderer.dealsOf(r)) {
                Citation c = d.citations().isEmpty() ? null : d.citations().getFirst();
                rows.values(
                        r.key(),
                        d.id(),
                        d.type(),
                        d.status(),
                        d.reviewState(),
                        d.payer().name(),
                        d.payer().ultimateParent(),
                        d.payee().name(),
                        d.payee().ultimateParent(),
                        d.date(),
                        d.announcedDate(),
                        d.closedDate(),
                        d.amount() == null ? null : d.amount().text(),
                        d.amount() == null ? null : d.amount().qualifier(),
                        d.amount() == null ? null : d.amount().currency(),
                        d.amount() == null ? null : d.amount().value(),
                        d.amount() == null ? null : d.amount().usd(),
                        d.termMonths(),
                        Formats.terms(d, "INSTRUMENT"),
                        Formats.terms(d, "STAKE_PERCENT"),
                        Formats.terms(d, "VALUATION"),
                        Formats.terms(d, "CHIPS"),
                        Formats.terms(d, "CAPACITY"),
                        d.cumulative(),
                        Formats.sourceKeys(d.citations()),
                        c == null ? null : c.sentence(),
                        c == null ? null : c.url(),
                        c == null ? null : c.publisher(),
                        c == null ? null : c.published(),
                        c == null ? null : Formats.time(c.retrieved()),
                        c == null ? null : c.sha256());
            }
        }
        rows.freeze(2, 1);
        rows.widths(
                30, 9, 18, 15, 13, 20, 18, 20, 18, 12, 12, 12, 22, 11, 9, 16, 16, 9, 18, 18, 14, 18, 22, 11, 10, 60, 40,
                18, 12, 22, 66);
    }

    private static void tranchesSheet(Rows rows, TieUpSummary summary) {
        rows.header(
                "Relationship",
                "Deal ID",
                "Date",
                "Amount as written",
                "Currency",
                "Value",
                "USD",
                "Status",
                "Sources (deal)");
        for (Relationship r : summary.relationships()) {
            for (Deal d : CsvRenderer.dealsOf(r)) {
                for (Tranche t : d.tranches()) {
                    rows.values(
                            r.key(),
                            d.id(),
                            t.date(),
                            t.amountText(),
                            t.currency(),
                            t.value(),
                            t.usd(),
                            t.status(),
                            Formats.sourceKeys(d.citations()));
                }
            }
        }
        rows.widths(30, 9, 12, 20, 9, 16, 16, 13, 14);
    }

    private static void termsSheet(Rows rows, TieUpSummary summary) {
        rows.header(concat(new String[] {"Relationship", "Deal ID", "Deal type", "Kind", "Value"}, CITATION_HEADER));
        for (Relationship r : summary.relationships()) {
            for (Deal d : CsvRenderer.dealsOf(r)) {
                for (Term t : d.terms()) {
                    List<Object> values = new ArrayList<>(List.of(r.key(), d.id(), d.type(), t.kind(), t.value()));
                    values.addAll(citation(t.citation()));
                    rows.values(values.toArray());
                }
            }
        }
        rows.widths(30, 9, 18, 17, 36, 8, 60, 40, 18, 12, 22, 66);
    }

    private static void evidenceSheet(Rows rows, TieUpSummary summary) {
        rows.header(concat(new String[] {"Relationship", "Deal ID", "Begin", "End"}, CITATION_HEADER));
        for (Relationship r : summary.relationships()) {
            for (Deal d : CsvRenderer.dealsOf(r)) {
                for (Citation c : d.citations()) {
                    List<Object> values = new ArrayList<>(List.of(r.key(), d.id()));
                    values.add(c.begin());
                    values.add(c.end());
                    values.addAll(citation(c));
                    rows.values(values.toArray());
                }
            }
        }
        rows.widths(30, 9, 8, 8, 8, 60, 40, 18, 12, 22, 66);
    }

    private static void contextSheet(Rows rows, TieUpSummary summary) {
        rows.header("Relationship", "Kind", "Party", "Counterparty", "Deals", "USD", "Description");
        for (Relationship r : summary.relationships()) {
            for (CircularFlow f : r.circularFlows()) {
                rows.values(
                        r.key(),
                        "Circular flow",
                        f.investor(),
                        f.investee(),
                        f.investmentDealIds().size() + f.commitmentDealIds().size(),
                        f.commitmentUsd(),
                        f.description() + " — deals " + f.investmentDealIds() + " / " + f.commitmentDealIds());
            }
            for (TieUpSummary.PairedDeals p : r.pairedDeals()) {
                rows.values(r.key(), "Paired deals", p.investor(), p.investee(), 2, p.commitmentUsd(), p.description());
            }
            for (OtherTieUp o : r.otherTieUps()) {
                rows.values(
                        r.key(),
                        "Other tie-up",
                        o.party(),
                        o.counterparty(),
                        o.deals(),
                        o.usd(),
                        ReportText.otherTieUp(o));
            }
        }
        rows.widths(30, 14, 18, 20, 8, 16, 90);
    }

    private static void sourcesSheet(Rows rows, TieUpSummary summary) {
        rows.header("Source", "Document ID", "Title", "Publisher", "Published", "Retrieved", "URL", "SHA-256");
        for (Source s : summary.sources()) {
            rows.values(
                    s.key(),
                    s.documentId(),
                    s.title(),
                    s.publisher(),
                    s.published(),
                    Formats.time(s.retrieved()),
                    s.url(),
                    s.sha256());
        }
        rows.widths(8, 11, 50, 20, 12, 22, 60, 66);
    }

    private static List<Object> citation(Citation c) {
        List<Object> values = new ArrayList<>();
        if (c == null) {
            for (int i = 0; i < CITATION_HEADER.length; i++) {
                values.add(null);
            }
            return values;
        }
        values.add(c.source());
        values.add(c.sentence());
        values.add(c.url());
        values.add(c.publisher());
        values.add(c.published());
        values.add(Formats.time(c.retrieved()));
        values.add(c.sha256());
        return values;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = new String[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * Rewrites the zip with every entry dated at the generation time, in the original order. Reads the
     * central directory: the streaming workbook writes entries whose local headers carry no sizes.
     */
    static byte[] withFixedEntryTimes(byte[] zip, LocalDateTime time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipFile in = ZipFile.builder()
                        .setSeekableByteChannel(new SeekableInMemoryByteChannel(zip))
                        .get();
                ZipOutputStream rezipped = new ZipOutputStream(out)) {
            Enumeration<ZipArchiveEntry> entries = in.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(time);
                rezipped.putNextEntry(copy);
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(rezipped);
                }
                rezipped.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private record Styles(CellStyle bold, CellStyle title, CellStyle date, CellStyle money, CellStyle header) {
        Styles(SXSSFWorkbook workbook) {
            this(
                    style(workbook, true, 11, null),
                    style(workbook, true, 14, null),
                    style(workbook, false, 11, "yyyy-mm-dd"),
                    style(workbook, false, 11, "#,##0"),
                    headerStyle(workbook));
        }

        private static CellStyle style(SXSSFWorkbook workbook, boolean bold, int size, String format) {
            CellStyle style = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(bold);
            font.setFontHeightInPoints((short) size);
            style.setFont(font);
            if (format != null) {
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
            }
            return style;
        }

        private static CellStyle headerStyle(SXSSFWorkbook workbook) {
            CellStyle style = style(workbook, true, 11, null);
            style.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_25_PERCENT.getIndex());
            style.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            return style;
        }
    }

    /** Appends typed rows: numbers as numbers, dates as dates, the rest as text. */
    private static final class Rows {
        private final Sheet sheet;
        private final Styles styles;
        private int next;

        Rows(SXSSFWorkbook workbook, Styles styles, String sheetName) {
            this.sheet = workbook.createSheet(sheetName);
            this.styles = styles;
        }

        /** Fixed widths: autosizing measures fonts through AWT, which is slow and differs between machines. */
        void widths(int... characters) {
            for (int i = 0; i < characters.length; i++) {
                sheet.setColumnWidth(i, characters[i] * 256);
            }
        }

        void freeze(int columns, int rows) {
            sheet.createFreezePane(columns, rows);
        }

        void title(String text) {
            Cell cell = sheet.createRow(next++).createCell(0);
            cell.setCellValue(SpreadsheetCells.safe(text));
            cell.setCellStyle(styles.title());
        }

        void blank() {
            next++;
        }

        void header(String... names) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < names.length; i++) {
                var cell = row.createCell(i);
                cell.setCellValue(names[i]);
                cell.setCellStyle(styles.header());
            }
        }

        void values(Object... values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value == null) {
                    continue;
                }
                var cell = row.createCell(i);
                switch (value) {
                    case BigDecimal number -> {
                        cell.setCellValue(number.doubleValue());
                        cell.setCellStyle(styles.money());
                    }
                    case Number number -> cell.setCellValue(number.doubleValue());
                    case Boolean flag -> cell.setCellValue(flag);
                    case LocalDate date -> {
                        cell.setCellValue(date);
                        cell.setCellStyle(styles.date());
                    }
                    default -> cell.setCellValue(SpreadsheetCells.safe(value.toString()));
                }
                if (i == 0 && values.length == 2 && value instanceof String) {
                    cell.setCellStyle(styles.bold());
                }
            }
        }
    }
}
