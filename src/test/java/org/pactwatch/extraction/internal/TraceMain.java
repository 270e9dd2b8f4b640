package org.pactwatch.extraction.internal;

import java.nio.file.Path;
import java.util.Set;
import org.pactwatch.company.CompanyRegistry;
import org.pactwatch.extraction.FxRates;
import org.pactwatch.extraction.GoldSet;

/** Rule development aid: prints the analysis of candidate sentences of the given gold documents. */
final class TraceMain {

    private TraceMain() {}

    public static void main(String[] args) throws Exception {
        Set<String> ids = Set.of(args);
        CoreNlpDealExtractor extractor = new CoreNlpDealExtractor(CompanyRegistry.loadDefault(), FxRates.loadDefault());
        CoreNlpDealExtractor.tracer = System.out::println;
        for (GoldSet.GoldDoc d : GoldSet.load(Path.of("data", "gold"))) {
            if (ids.contains(d.id())) {
                System.out.println("=== " + d.id());
                extractor.extract(d.request());
            }
        }
    }
}
