package org.pactwatch.extraction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One deal as one document states it. Field names follow the extract contract. */
public record ExtractedDeal(
        DealType type,
        DealStatus status,
        Party payer,
        Party payee,
        Amount amount,
        Integer termMonths,
        LocalDate date,
        double confidence,
        List<Evidence> evidence,
        List<Term> terms,
        boolean cumulative,
        List<Tranche> tranches) {

    public enum DealType {
        INVESTMENT,
        CLOUD_COMMITMENT,
        ACQUISITION,
        SUPPLY,
        PARTNERSHIP
    }

    public enum DealStatus {
        ANNOUNCED,
        COMPLETED,
        REPORTED_TALKS,
        DENIED
    }

    public enum Qualifier {
        EXACT,
        UP_TO,
        MORE_THAN,
        AT_LEAST,
        ABOUT,
        RANGE
    }

    public enum TermKind {
        STAKE_PERCENT,
        VALUATION,
        INSTRUMENT,
        EXCLUSIVITY,
        PRIMARY_PROVIDER,
        BOARD_SEAT,
        OBSERVER_SEAT,
        CHIPS,
        CAPACITY,
        REVENUE_SHARE,
        OTHER
    }

    /** A party: canonical registry name, the words in the text, and the ultimate parent (null if none). */
    public record Party(String name, String mention, String parent) {}

    /** An amount as written and normalized; {@code usd} is null only when the FX table lacks the currency. */
    public record Amount(
            String text,
            String currency,
            BigDecimal value,
            BigDecimal min,
            BigDecimal max,
            Qualifier qualifier,
            BigDecimal usd) {}

    /** A sentence that proves the deal; offsets are UTF-16 indices into the input text, end exclusive. */
    public record Evidence(String text, int begin, int end) {}

    /** A stated term of the deal with its evidence. */
    public record Term(TermKind kind, String value, Evidence evidence) {}

    /** A stated part of a commitment paid in tranches. */
    public record Tranche(Amount amount, LocalDate date, DealStatus status) {}
}
