package org.pactwatch.extraction.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pactwatch.company.CompanyRegistry;
import org.pactwatch.extraction.ExtractionRequest;
import org.pactwatch.extraction.FxRates;
import org.pactwatch.extraction.GoldSet;

/**
 * Rule development aid: prints the analysis of candidate sentences of the given documents — text files, or ids
 * of data/gold, data/gold-holdout and data/gold-real (texts from ~/.cache/pactwatch/real-dev).
 */
final class TraceMain {

    private TraceMain() {}

    public static void main(String[] args) throws Exception {
        CoreNlpDealExtractor extractor = new CoreNlpDealExtractor(CompanyRegistry.loadDefault(), FxRates.loadDefault());
        CoreNlpDealExtractor.tracer = System.out::println;
        List<GoldSet.GoldDoc> gold = new ArrayList<>(GoldSet.load(Path.of("data", "gold")));
        gold.addAll(GoldSet.load(Path.of("data", "gold-holdout")));
        Path realTexts = Path.of(System.getProperty("user.home"), ".cache", "pactwatch", "real-dev");
        if (Files.isDirectory(realTexts)) {
            gold.addAll(GoldSet.load(Path.of("data", "gold-real"), realTexts, null));
        }
        for (String arg : args) {
            Path file = Path.of(arg);
            if (Files.isRegularFile(file)) {
                System.out.println("=== " + arg);
                extractor.extract(new ExtractionRequest(arg, Files.readString(file), LocalDate.now(), null));
                continue;
            }
            gold.stream().filter(d -> d.id().equals(arg)).forEach(d -> {
                System.out.println("=== " + d.id());
                extractor.extract(d.request());
            });
        }
    }
}
