package org.pactwatch.extraction;

import org.pactwatch.FullTier;

/** The extraction properties in the full tier: 1,000 random and 1,000 mutated texts. */
@FullTier
class ExtractionRandomFullTest extends ExtractionRandomCases {

    @Override
    int cases() {
        return 1_000;
    }
}
