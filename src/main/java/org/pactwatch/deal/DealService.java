package org.pactwatch.deal;

import java.util.List;

/**
 * The analyst's review of deals. Every action is written to the audit log with the deal before and after,
 * and the decision survives re-extraction of the deal's documents.
 */
public interface DealService {

    /** Marks the deal confirmed by the actor; returns it after. */
    DealView confirm(long dealId, String actor);

    /** Marks the deal rejected by the actor; returns it after. */
    DealView reject(long dealId, String actor);

    /** Applies the actor's corrections to the deal; returns it after. */
    DealView edit(long dealId, DealEdit edit, String actor);

    /** Moves the sources, evidence and terms of {@code sourceId} into {@code targetId}; the source disappears. */
    DealView merge(long targetId, long sourceId, String actor);

    /** Moves what the given documents report about the deal into a new deal; returns the new deal. */
    DealView split(long dealId, List<Long> documentIds, String actor);
}
