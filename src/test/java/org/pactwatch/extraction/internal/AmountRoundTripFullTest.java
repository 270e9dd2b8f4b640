package org.pactwatch.extraction.internal;

import org.pactwatch.FullTier;

/** The amount round trip in the full tier: 10,000 amounts. */
@FullTier
class AmountRoundTripFullTest extends AmountRoundTripCases {

    @Override
    int cases() {
        return 10_000;
    }
}
