package org.pactwatch.extraction;

/** The extraction properties in the fast tier: 100 random and 100 mutated texts. */
class ExtractionRandomTest extends ExtractionRandomCases {

    @Override
    int cases() {
        return 100;
    }
}
