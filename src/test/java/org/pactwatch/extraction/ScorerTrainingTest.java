package org.pactwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactwatch.company.CompanyRegistry;
import org.pactwatch.extraction.GoldSet.GoldDoc;

/** The candidate scorer: trained reproducibly from labelled deals, and the committed model keeps the dev floor. */
class ScorerTrainingTest {

    @Test
    void trainingOnTheSameDocumentsGivesTheSameModel() throws Exception {
        List<GoldDoc> docs = GoldSet.load(Path.of("data", "gold")).subList(0, 40);
        ScorerTraining training =
                new ScorerTraining(CompanyRegistry.loadDefault(), FxRates.loadDefault(), DealExtractors.shared());
        ScorerTraining.Model first = training.train(docs, docs, docs, 0.0, 2);
        ScorerTraining.Model second = training.train(docs, docs, docs, 0.0, 1);

        assertThat(first.examples()).isGreaterThan(30);
        assertThat(first.positives()).isPositive().isLessThanOrEqualTo(first.examples());
        assertThat(first.weights()).containsKey("bias").hasSizeGreaterThan(20);
        assertThat(first.threshold()).isBetween(0.0, 0.9);
        assertThat(second.weights()).isEqualTo(first.weights());
        assertThat(second.threshold()).isEqualTo(first.threshold());
        assertThat(ScorerTraining.toTsv(first, "test")).contains("threshold\t").contains("type=INVESTMENT\t");
    }

    @Test
    void theCommittedModelGivesConfidencesAsProbabilities() {
        var result = DealExtractors.shared()
                .extract(new ExtractionRequest(
                        "t",
                        "Alphabet plans to invest $3 billion in Anthropic, the two companies said.",
                        java.time.LocalDate.of(2024, 5, 14),
                        null));
        assertThat(result.deals())
                .singleElement()
                .satisfies(d -> assertThat(d.confidence()).isBetween(0.5, 1.0));
    }
}
