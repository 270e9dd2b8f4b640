package org.pactwatch.extraction.internal;

/** The amount round trip in the fast tier: 1,000 amounts. */
class AmountRoundTripTest extends AmountRoundTripCases {

    @Override
    int cases() {
        return 1_000;
    }
}
