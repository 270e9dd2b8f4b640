package org.pactwatch.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;

/**
 * Which deals to list; null or empty fields do not filter. {@code companyId} matches the company and its
 * subsidiaries as payer or payee; rejected deals are listed only when {@code reviewStates} asks for them.
 */
public record DealFilter(
        Long companyId,
        Set<DealType> types,
        Set<DealStatus> statuses,
        Set<ReviewState> reviewStates,
        LocalDate from,
        LocalDate to,
        BigDecimal minUsd,
        BigDecimal maxUsd) {

    /** A filter that lets every deal through. */
    public static DealFilter all() {
        return new DealFilter(null, Set.of(), Set.of(), Set.of(), null, null, null, null);
    }

    /** This filter narrowed to deals of one company (null: any company). */
    public DealFilter withCompany(Long id) {
        return new DealFilter(id, types, statuses, reviewStates, from, to, minUsd, maxUsd);
    }

    /** This filter with these deal types (empty: any type). */
    public DealFilter withTypes(Set<DealType> newTypes) {
        return new DealFilter(companyId, newTypes, statuses, reviewStates, from, to, minUsd, maxUsd);
    }

    /** This filter with a first and last deal date (null: open). */
    public DealFilter withDates(LocalDate newFrom, LocalDate newTo) {
        return new DealFilter(companyId, types, statuses, reviewStates, newFrom, newTo, minUsd, maxUsd);
    }

    /** This filter with these review states (empty: any state). */
    public DealFilter withReviewStates(Set<ReviewState> states) {
        return new DealFilter(companyId, types, statuses, states, from, to, minUsd, maxUsd);
    }

    /** This filter with these deal statuses (empty: any status). */
    public DealFilter withStatuses(Set<DealStatus> newStatuses) {
        return new DealFilter(companyId, types, newStatuses, reviewStates, from, to, minUsd, maxUsd);
    }
}
