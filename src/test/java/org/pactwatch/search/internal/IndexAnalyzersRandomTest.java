package org.pactwatch.search.internal;

/** Lucene's random checks of the index analyzers in the fast tier: 200 random texts per check. */
class IndexAnalyzersRandomTest extends IndexAnalyzersRandomCases {

    @Override
    Class<? extends Checks> checks() {
        return Fast.class;
    }

    /** 200 texts per check. */
    public static class Fast extends Checks {
        @Override
        int iterations() {
            return 200;
        }
    }
}
