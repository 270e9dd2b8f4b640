package org.pactwatch.extraction.internal;

import org.pactwatch.extraction.DealExtractor;
import org.pactwatch.extraction.DealExtractors;

/** The shared pipeline without the candidate scorer: rule tests check what the rules find, not what the model keeps. */
final class RulesOnly {

    static final DealExtractor EXTRACTOR =
            ((CoreNlpDealExtractor) DealExtractors.shared()).withScorer(CandidateScorer.NONE);

    private RulesOnly() {}
}
