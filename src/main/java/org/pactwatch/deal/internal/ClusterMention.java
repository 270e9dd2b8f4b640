package org.pactwatch.deal.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A mention as clustering sees it: the stored payload, where it is now, whether an analyst's decision holds it,
 * its parties' company chains (the company, then its parents) and the cues of its evidence.
 *
 * @param rowId deal_mention id, null for a mention not stored yet
 * @param seq order of the mention within its document
 * @param dealId the deal it is in now (for a new mention: the deal the document's previous extraction put it in)
 * @param pinnedDealId the reviewed deal it stays in whatever the rules say, or null
 * @param restates the mention reports a deal made earlier (a filing, "previously announced", an earlier year)
 * @param followOn the mention presents itself as a further deal ("an additional $4 billion")
 * @param partOf the mention presents its figure as a tranche of a larger commitment ("completing the up to $4 billion")
 * @param provisional its figure is not settled: reported talks, a round being raised, a target
 * @param round the funding round it names ("series b"), or null
 */
record ClusterMention(
        Long rowId,
        long documentId,
        long seq,
        MentionPayload payload,
        Long dealId,
        Long pinnedDealId,
        List<Long> payerChain,
        List<Long> payeeChain,
        boolean restates,
        boolean followOn,
        boolean partOf,
        boolean provisional,
        String round) {

    /** Report date first (undated last), then document and position: a total order that ignores arrival. */
    static final Comparator<ClusterMention> CANONICAL = Comparator.comparing(
                    ClusterMention::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(ClusterMention::documentId)
            .thenComparingLong(ClusterMention::seq);

    LocalDate date() {
        return payload.date();
    }
}
