package org.pactwatch.deal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.pactwatch.extraction.ExtractedDeal.Amount;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.extraction.ExtractedDeal.TermKind;

/**
 * One deal as stored: the extract contract's shape plus its id, review state and the documents that report it.
 * Evidence and terms carry the document they come from. Amounts are the extract contract's own
 * {@link Amount}; {@code reportedAmounts} lists every figure the sources state, with how many state it.
 */
public record DealView(
        long id,
        DealType type,
        DealStatus status,
        Party payer,
        Party payee,
        Amount amount,
        Integer termMonths,
        LocalDate date,
        LocalDate announcedDate,
        LocalDate closedDate,
        double confidence,
        boolean cumulative,
        ReviewState reviewState,
        String reviewedBy,
        Instant reviewedAt,
        List<Evidence> evidence,
        List<Term> terms,
        List<Tranche> tranches,
        List<Source> sources,
        Instant updatedAt,
        List<ReportedAmount> reportedAmounts) {

    /** A party: company id, canonical name, the words in the text, and the ultimate parent's name. */
    public record Party(Long id, String name, String mention, String parent) {}

    /** A sentence that proves the deal, with offsets into its document's text. */
    public record Evidence(long documentId, String text, int begin, int end) {}

    public record Term(TermKind kind, String value, Evidence evidence) {}

    public record Tranche(Amount amount, LocalDate date, DealStatus status) {}

    /** A document that reports the deal. */
    @Schema(name = "DealSource", description = "A document that reports the deal")
    public record Source(
            long documentId, String url, String title, String publisher, LocalDate published, String kind) {}
}
