package org.pactwatch.search.internal;

import org.pactwatch.FullTier;

/** Lucene's random checks of the index analyzers in the full tier: 2,000 random texts per check (200 long ones). */
@FullTier
class IndexAnalyzersRandomFullTest extends IndexAnalyzersRandomCases {

    @Override
    Class<? extends Checks> checks() {
        return Full.class;
    }

    /** 2,000 texts per check. */
    public static class Full extends Checks {
        @Override
        int iterations() {
            return 2_000;
        }
    }
}
