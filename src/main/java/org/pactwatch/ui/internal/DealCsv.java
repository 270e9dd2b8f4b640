package org.pactwatch.ui.internal;

import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.pactwatch.deal.DealFilter;
import org.pactwatch.deal.DealQueries;
import org.pactwatch.deal.DealSort;
import org.pactwatch.deal.DealSummary;
import org.pactwatch.shared.SpreadsheetCells;
import org.springframework.stereotype.Service;

/** The deal grid's current filter and sort as a CSV file, read page by page from {@link DealQueries}. */
@Service
public class DealCsv {

    /** A download never grows beyond this many rows; the file says so in its last line when cut. */
    public static final int MAX_ROWS = 100_000;

    private static final int PAGE = DealQueries.MAX_PAGE_SIZE;
    private static final String[] HEADER = {
        "id",
        "payer",
        "payee",
        "type",
        "status",
        "amount_text",
        "qualifier",
        "currency",
        "amount_value",
        "amount_usd",
        "term_months",
        "date",
        "confidence",
        "sources",
        "review_state"
    };

    private final DealQueries deals;

    DealCsv(DealQueries deals) {
        this.deals = deals;
    }

    public DownloadResponse download(DealFilter filter, DealSort sort) {
        byte[] bytes = write(filter, sort);
        return new DownloadResponse(
                new ByteArrayInputStream(bytes),
                "pactwatch-deals-" + LocalDate.now() + ".csv",
                "text/csv",
                bytes.length);
    }

    public byte[] write(DealFilter filter, DealSort sort) {
        var out = new java.io.ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(
                new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            // counted once; the pages are fetched without counting again (each count reads every match)
            long total = deals.count(filter);
            for (int offset = 0; offset < Math.min(total, MAX_ROWS); offset += PAGE) {
                List<DealSummary> page = deals.page(filter, sort, offset, PAGE);
                for (DealSummary d : page) {
                    csv.printRecord(
                            d.id(),
                            SpreadsheetCells.safe(d.payerName()),
                            SpreadsheetCells.safe(d.payeeName()),
                            d.type(),
                            d.status(),
                            SpreadsheetCells.safe(d.amountText()),
                            d.qualifier(),
                            d.currency(),
                            d.amountValue() == null ? null : d.amountValue().toPlainString(),
                            d.amountUsd() == null ? null : d.amountUsd().toPlainString(),
                            d.termMonths(),
                            d.date(),
                            d.confidence(),
                            d.sourceCount(),
                            d.reviewState());
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            if (total > MAX_ROWS) {
                csv.printComment("cut at " + MAX_ROWS + " of " + total + " rows; narrow the filter");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
