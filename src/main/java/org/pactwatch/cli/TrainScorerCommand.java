package org.pactwatch.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pactwatch.company.CompanyRegistry;
import org.pactwatch.extraction.DealExtractors;
import org.pactwatch.extraction.FxRates;
import org.pactwatch.extraction.GoldSet;
import org.pactwatch.extraction.GoldSet.GoldDoc;
import org.pactwatch.extraction.ScorerTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code train-scorer}: trains the candidate scorer on data/gold plus the tuning part of the real set. */
@Command(
        name = "train-scorer",
        mixinStandardHelpOptions = true,
        description =
                "Train the deal candidate scorer (data/gold + the real set's tuning part) and write the model file.")
final class TrainScorerCommand implements Callable<Integer> {

    @Option(names = "--dev", paramLabel = "DIR", description = "dev gold set, also the F1 floor (default: data/gold)")
    Path dev = Path.of("data", "gold");

    @Option(names = "--real", paramLabel = "DIR", description = "real gold set (default: data/gold-real)")
    Path real = Path.of("data", "gold-real");

    @Option(names = "--texts", paramLabel = "DIR", required = true, description = "cache of the real set's texts")
    Path texts;

    @Option(names = "--floor", description = "lowest dev F1 a threshold may give (default: 0.90)")
    double floor = 0.90;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "model file (default: src/main/resources/org/pactwatch/extraction/model/deal-scorer.tsv)")
    Path out = Path.of("src/main/resources/org/pactwatch/extraction/model/deal-scorer.tsv");

    @Mixin
    ExtractionRun run = new ExtractionRun();

    @Override
    public Integer call() throws Exception {
        return run.keepingStdout(console -> {
            List<GoldDoc> devDocs = GoldSet.load(dev);
            List<GoldDoc> tune = GoldSet.load(real, texts, "tune");
            List<GoldDoc> training = new ArrayList<>(devDocs);
            training.addAll(tune);
            CompanyRegistry registry = CompanyRegistry.loadDefault();
            FxRates fx = FxRates.loadDefault();
            ScorerTraining.Model model = new ScorerTraining(registry, fx, DealExtractors.create(registry, fx))
                    .train(training, tune, devDocs, floor, run.threads);
            String command = "java -Xmx3g -jar target/pactwatch.jar train-scorer --texts DIR (dev " + dev + ", real "
                    + real + " split tune, floor " + floor + ")";
            Files.writeString(out, ScorerTraining.toTsv(model, command), StandardCharsets.UTF_8);
            console.print(model.report());
            console.printf(
                    "%d deals (%d real), %d features, threshold %.2f -> %s%n",
                    model.examples(), model.positives(), model.weights().size(), model.threshold(), out);
            return 0;
        });
    }
}
