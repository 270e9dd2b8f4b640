package org.pactwatch.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A regulator's tie-up summary: per relationship (a pair of ultimate parents) the facts of
 * the tie-up summary design (docs/guide-regulator.md), each citing the sentence and the stored document it came from. This record
 * tree is also the JSON export's shape (schema: {@code report/tieup-summary.schema.json}).
 */
public record TieUpSummary(
        String schemaVersion,
        Instant generatedAt,
        Scope scope,
        List<Relationship> relationships,
        List<Source> sources) {

    public static final String SCHEMA_VERSION = "1.1";

    /** BETWEEN: relationships among the named companies; ALL: every relationship of the one named company. */
    public enum Mode {
        BETWEEN,
        ALL
    }

    public record Scope(List<String> requested, List<Party> resolved, Mode mode, LocalDate from, LocalDate to) {}

    /** A company and the ultimate parent it rolls up to (AWS → Amazon). */
    public record Party(String name, String ultimateParent) {}

    public record Relationship(
            String key,
            String partyA,
            String partyB,
            List<Party> entities,
            LocalDate firstDate,
            LocalDate lastDate,
            String latestStatus,
            BigDecimal investmentUsd,
            BigDecimal commitmentUsd,
            int dealCount,
            int unreviewedCount,
            List<Deal> investments,
            List<Deal> commitments,
            List<Deal> partnerships,
            List<TermFact> exclusivity,
            List<TermFact> revenueSharing,
            List<TermFact> governance,
            List<TermFact> distribution,
            List<TermFact> otherTerms,
            List<TimelineEvent> timeline,
            List<CircularFlow> circularFlows,
            List<PairedDeals> pairedDeals,
            List<OtherTieUp> otherTieUps) {}

    public record Deal(
            long id,
            String type,
            String status,
            String reviewState,
            boolean unreviewed,
            Party payer,
            String payerMention,
            Party payee,
            String payeeMention,
            Amount amount,
            Integer termMonths,
            LocalDate date,
            LocalDate announcedDate,
            LocalDate closedDate,
            boolean cumulative,
            double confidence,
            List<Tranche> tranches,
            List<Term> terms,
            List<Citation> citations) {}

    /** An amount as written and normalized: qualifier EXACT, UP_TO, MORE_THAN, AT_LEAST, ABOUT or RANGE. */
    public record Amount(
            String text,
            String currency,
            BigDecimal value,
            BigDecimal min,
            BigDecimal max,
            String qualifier,
            BigDecimal usd) {}

    /** One stated part of a deal; tranches carry no sentence of their own, so they cite the deal's. */
    public record Tranche(
            String amountText, String currency, BigDecimal value, BigDecimal usd, LocalDate date, String status) {}

    /** A term the text states: STAKE_PERCENT, VALUATION, INSTRUMENT, CHIPS, CAPACITY, BOARD_SEAT … */
    public record Term(String kind, String value, Citation citation) {}

    /** A term lifted into a summary section, with the deal it belongs to. */
    public record TermFact(long dealId, String dealType, String kind, String value, Citation citation) {}

    public record TimelineEvent(LocalDate date, long dealId, String event, String description) {}

    /** Money that flows out as an investment and back as a cloud or compute commitment between the same pair. */
    public record CircularFlow(
            String investor,
            String investee,
            List<Long> investmentDealIds,
            List<Long> commitmentDealIds,
            BigDecimal investmentUsd,
            BigDecimal commitmentUsd,
            String description) {}

    /**
     * One investment paired with the cloud or compute commitment back, at most {@code windowMonths} apart (each deal in
     * at most one pair, the nearest in time); both deals are among the relationship's, where their citations are.
     * {@code ratio} is committed USD / invested USD, null when either amount is undisclosed.
     */
    public record PairedDeals(
            String investor,
            String investee,
            long investmentDealId,
            long commitmentDealId,
            LocalDate investmentDate,
            LocalDate commitmentDate,
            long daysApart,
            int windowMonths,
            BigDecimal investmentUsd,
            BigDecimal commitmentUsd,
            BigDecimal ratio,
            String description) {}

    /** A party's tie-ups with companies outside this relationship, in the same period. */
    public record OtherTieUp(String party, String counterparty, int deals, List<String> types, BigDecimal usd) {}

    /** Where a fact was stated: the sentence, its offsets and the stored document that holds it. */
    public record Citation(
            String source,
            long documentId,
            String sentence,
            Integer begin,
            Integer end,
            String url,
            String publisher,
            LocalDate published,
            Instant retrieved,
            String sha256) {}

    /** A cited document, keyed S1, S2 … in order of publication. */
    public record Source(
            String key,
            long documentId,
            String title,
            String url,
            String publisher,
            LocalDate published,
            Instant retrieved,
            String sha256) {}
}
