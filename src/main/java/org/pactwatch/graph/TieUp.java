package org.pactwatch.graph;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * A paired deal: {@code investor} invests in {@code investee} and the investee commits to spend on the
 * investor's cloud or compute (the investor itself or one of its subsidiaries, such as AWS for Amazon) within
 * the query's window. Both parties are top parents; each leg keeps the deal as stated and its sources.
 *
 * <p>NOTE: {@code ratio} (committed USD / invested USD) is null when either amount is undisclosed.
 */
public record TieUp(
        CompanyRef investor,
        CompanyRef investee,
        Leg investment,
        Leg commitment,

        @Schema(
                types = {"number", "null"},
                description = "Committed USD / invested USD; null when either amount is undisclosed")
        Double ratio,

        @Schema(description = "Days between the two deal dates")
        long daysApart) {

    /** One deal of the pair with the documents that state it. */
    @Schema(name = "TieUpLeg")
    public record Leg(DealLink deal, List<Source> sources) {}

    /** A document that states a deal. */
    @Schema(name = "TieUpSource")
    public record Source(long documentId, String title, String url, String publisher, LocalDate published) {}

    /** The two deal ids joined by '-', investment first: the tie-up's stable key. */
    public String key() {
        return investment.deal().id() + "-" + commitment.deal().id();
    }

    /** "Amazon ⇄ Anthropic": the investor first. */
    public String label() {
        return investor.name() + " ⇄ " + investee.name();
    }

    /** The key of the two-company money loop this tie-up belongs to (see {@link MoneyLoop#key()}). */
    public String loopKey() {
        long a = Math.min(investor.id(), investee.id());
        long b = Math.max(investor.id(), investee.id());
        return a + "-" + b;
    }

    /** The earlier of the two deal dates. */
    public LocalDate first() {
        LocalDate invested = investment.deal().dealDate();
        LocalDate committed = commitment.deal().dealDate();
        return invested.isAfter(committed) ? committed : invested;
    }

    /** The later of the two deal dates. */
    public LocalDate last() {
        LocalDate invested = investment.deal().dealDate();
        LocalDate committed = commitment.deal().dealDate();
        return invested.isAfter(committed) ? invested : committed;
    }

    /** Whether the deal with this id is one of the pair. */
    public boolean contains(long dealId) {
        return investment.deal().id() == dealId || commitment.deal().id() == dealId;
    }
}
