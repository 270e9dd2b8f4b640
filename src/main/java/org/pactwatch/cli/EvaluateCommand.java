package org.pactwatch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.pactwatch.company.CompanyRegistry;
import org.pactwatch.extraction.DealExtractor;
import org.pactwatch.extraction.DealExtractors;
import org.pactwatch.extraction.DealScorer;
import org.pactwatch.extraction.DealScorer.Counts;
import org.pactwatch.extraction.DealScorer.Report;
import org.pactwatch.extraction.ExtractedDeal;
import org.pactwatch.extraction.ExtractionJson;
import org.pactwatch.extraction.ExtractionResult;
import org.pactwatch.extraction.FxRates;
import org.pactwatch.extraction.GoldSet;
import org.pactwatch.extraction.GoldSet.GoldDoc;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code evaluate}: scores the extractor on the dev gold set with the contract's matching rules. */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description =
                "Score extraction on the gold set: precision, recall, F1 overall and per type, misses, false positives.")
final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "DIR", description = "gold set folder (default: data/gold)")
    Path gold = Path.of("data", "gold");

    @Option(
            names = "--texts",
            paramLabel = "DIR",
            description =
                    "folder of the documents' texts (default: the gold folder; data/gold-real keeps them outside git)")
    Path texts;

    @Option(names = "--split", paramLabel = "tune|test", description = "score only the documents of this split")
    String split;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Mixin
    ExtractionRun run = new ExtractionRun();

    @Override
    public Integer call() throws Exception {
        return run.keepingStdout(out -> {
            List<GoldDoc> docs = GoldSet.load(gold, texts == null ? gold : texts, split);
            Map<String, ExtractionResult> results = extractAll(DealExtractors.shared(), docs, run.threads);
            Report report = new DealScorer(CompanyRegistry.loadDefault(), FxRates.loadDefault()).score(docs, results);
            if (json) {
                out.println(ExtractionJson.mapper().writeValueAsString(toJson(report)));
            } else {
                print(report, out);
            }
            return 0;
        });
    }

    static Map<String, ExtractionResult> extractAll(DealExtractor extractor, List<GoldDoc> docs, int threads)
            throws Exception {
        Map<String, ExtractionResult> results = new ConcurrentHashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads))) {
            List<Future<?>> futures = docs.stream()
                    .<Future<?>>map(d -> pool.submit(() -> results.put(d.id(), extractor.extract(d.request()))))
                    .toList();
            for (Future<?> f : futures) {
                f.get();
            }
        }
        return results;
    }

    private static void print(Report r, PrintWriter out) {
        out.printf(Locale.ROOT, "%-18s %5s %5s %5s %7s %7s %7s%n", "type", "tp", "fp", "fn", "P", "R", "F1");
        line(out, "OVERALL", r.overall());
        r.byType().forEach((type, c) -> line(out, type, c));
        out.println();
        out.println("misses (" + r.misses().size() + "):");
        for (DealScorer.Miss m : r.misses()) {
            var g = m.gold();
            out.printf(
                    Locale.ROOT,
                    "  %s %s %s %s -> %s %s  [%s]%n",
                    m.doc(),
                    g.type(),
                    g.status(),
                    g.payer(),
                    g.payee(),
                    g.amount() == null
                            ? "-"
                            : g.amount().currency() + " " + g.amount().value().toPlainString(),
                    g.note());
        }
        out.println("false positives (" + r.falsePositives().size() + "):");
        for (DealScorer.FalsePositive f : r.falsePositives()) {
            ExtractedDeal d = f.deal();
            out.printf(
                    Locale.ROOT,
                    "  %s %s %s %s -> %s %s  | %s%n",
                    f.doc(),
                    d.type(),
                    d.status(),
                    d.payer() == null ? null : d.payer().name(),
                    d.payee() == null ? null : d.payee().name(),
                    d.amount() == null ? "-" : d.amount().text(),
                    d.evidence().isEmpty() ? "" : d.evidence().getFirst().text());
        }
    }

    private static void line(PrintWriter out, String name, Counts c) {
        out.printf(
                Locale.ROOT,
                "%-18s %5d %5d %5d %7.3f %7.3f %7.3f%n",
                name,
                c.tp(),
                c.fp(),
                c.fn(),
                c.precision(),
                c.recall(),
                c.f1());
    }

    private static ObjectNode toJson(Report r) {
        ObjectNode root = ExtractionJson.mapper().createObjectNode();
        root.set("overall", counts(r.overall()));
        ObjectNode types = root.putObject("byType");
        r.byType().forEach((t, c) -> types.set(t, counts(c)));
        ArrayNode misses = root.putArray("misses");
        for (DealScorer.Miss m : r.misses()) {
            ObjectNode o = misses.addObject();
            o.put("doc", m.doc());
            o.put("type", m.gold().type());
            o.put("payer", m.gold().payer());
            o.put("payee", m.gold().payee());
            o.put("note", m.gold().note());
        }
        ArrayNode fps = root.putArray("falsePositives");
        for (DealScorer.FalsePositive f : r.falsePositives()) {
            ObjectNode o = fps.addObject();
            o.put("doc", f.doc());
            o.set("deal", ExtractionJson.deal(f.deal()));
        }
        return root;
    }

    private static ObjectNode counts(Counts c) {
        ObjectNode o = ExtractionJson.mapper().createObjectNode();
        o.put("tp", c.tp()).put("fp", c.fp()).put("fn", c.fn());
        o.put("precision", c.precision()).put("recall", c.recall()).put("f1", c.f1());
        return o;
    }
}
