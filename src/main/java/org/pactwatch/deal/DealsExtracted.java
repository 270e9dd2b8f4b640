package org.pactwatch.deal;

import java.util.List;

/** Published when a document's deals were stored or re-clustered; {@code dealIds} are the deals touched. */
public record DealsExtracted(long documentId, List<Long> dealIds) {}
