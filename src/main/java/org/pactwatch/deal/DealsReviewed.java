package org.pactwatch.deal;

import java.util.List;

/** Published after an analyst changed deals (confirm, edit, reject, merge, split); {@code dealIds} are those touched. */
public record DealsReviewed(List<Long> dealIds) {}
