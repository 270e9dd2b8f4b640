package org.pactwatch.deal;

/** The analyst's decision on a deal; any state but UNREVIEWED survives re-extraction of its documents. */
public enum ReviewState {
    UNREVIEWED,
    CONFIRMED,
    EDITED,
    REJECTED
}
