package org.pactwatch.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.pactwatch.extraction.DealExtractor;
import org.pactwatch.extraction.DealExtractors;
import org.pactwatch.extraction.ExtractedDeal;
import org.pactwatch.extraction.ExtractionRequest;

/** The shared pipeline without the candidate scorer: rule tests check what the rules find, not what the model keeps. */
final class RulesOnly {

    static final DealExtractor EXTRACTOR =
            ((CoreNlpDealExtractor) DealExtractors.shared()).withScorer(CandidateScorer.NONE);

    private RulesOnly() {}

    /** The deals the rules find in a text published on 3 March 2025, asserting the extraction did not fail. */
    static List<ExtractedDeal> deals(String text) {
        return deals(text, null);
    }

    /** The deals the rules find in a filing of {@code registrant} published on 3 March 2025. */
    static List<ExtractedDeal> deals(String text, String registrant) {
        var result = EXTRACTOR.extract(new ExtractionRequest("t", text, LocalDate.of(2025, 3, 3), registrant));
        assertThat(result.error()).isNull();
        return result.deals();
    }

    /** The one deal the rules find in a text, asserting there is exactly one. */
    static ExtractedDeal only(String text) {
        List<ExtractedDeal> found = deals(text);
        assertThat(found).as(text).hasSize(1);
        return found.getFirst();
    }
}
