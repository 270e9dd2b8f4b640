package org.pactwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.pactwatch.company.CompanyRegistry;

/**
 * Scores the extractor on data/gold with the contract's rules and fails below the target of F1 0.90
 * ({@code -Dpactwatch.devset.minF1} overrides it); it runs in verify.
 */
@Tag("devset")
class DevSetTest {

    private static final double FLOOR = Double.parseDouble(System.getProperty("pactwatch.devset.minF1", "0.90"));

    @Test
    void f1OnTheDevSetStaysAboveTheFloor() throws Exception {
        List<GoldSet.GoldDoc> docs = GoldSet.load(Path.of("data", "gold"));
        assertThat(docs).hasSizeGreaterThanOrEqualTo(60);
        Map<String, ExtractionResult> results = new ConcurrentHashMap<>();
        docs.parallelStream()
                .forEach(d -> results.put(d.id(), DealExtractors.shared().extract(d.request())));
        DealScorer.Report report =
                new DealScorer(CompanyRegistry.loadDefault(), FxRates.loadDefault()).score(docs, results);
        assertThat(results.values()).allSatisfy(r -> assertThat(r.error()).isNull());
        assertThat(report.overall().f1()).as("dev-set F1 %s", report.overall()).isGreaterThanOrEqualTo(FLOOR);
    }
}
