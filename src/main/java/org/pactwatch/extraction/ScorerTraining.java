package org.pactwatch.extraction;

import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.classify.LinearClassifierFactory;
import edu.stanford.nlp.ling.BasicDatum;
import edu.stanford.nlp.stats.Counter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.pactwatch.company.CompanyRegistry;
import org.pactwatch.extraction.GoldSet.GoldDeal;
import org.pactwatch.extraction.GoldSet.GoldDoc;
import org.pactwatch.extraction.internal.CandidateScorer;
import org.pactwatch.extraction.internal.CoreNlpDealExtractor;

/**
 * Trains the candidate scorer: the rules run without a scorer over the training documents, every deal they find
 * is labelled by the contract's matching rules (a real deal, or not), a logistic model (CoreNLP's
 * {@code LinearClassifier}) learns which features tell them apart, and the threshold is the one that gives the
 * best F1 on the tuning documents while the floor documents keep their floor F1.
 */
public final class ScorerTraining {

    private static final String REAL = "deal";
    private static final String NOT = "no";

    /** What a training run produced: the model's weights and threshold, and a report of how it was chosen. */
    public record Model(Map<String, Double> weights, double threshold, int examples, int positives, String report) {}

    private final DealScorer scoring;
    private final CoreNlpDealExtractor extractor;

    /** Training over the pipeline of {@code extractor} (one of {@link DealExtractors}), its scorer switched off. */
    public ScorerTraining(CompanyRegistry registry, FxRates fx, DealExtractor extractor) {
        if (!(extractor instanceof CoreNlpDealExtractor rules)) {
            throw new IllegalArgumentException("only the CoreNLP extractor has a candidate scorer to train");
        }
        this.scoring = new DealScorer(registry, fx);
        this.extractor = rules.withScorer(CandidateScorer.NONE);
    }

    /**
     * Trains on {@code training}, picks the threshold on {@code tuning} (best F1) such that {@code floorDocs} keep
     * an F1 of at least {@code floor}.
     */
    public Model train(List<GoldDoc> training, List<GoldDoc> tuning, List<GoldDoc> floorDocs, double floor, int threads)
            throws Exception {
        List<GoldDoc> all = new ArrayList<>(training);
        tuning.stream().filter(d -> !all.contains(d)).forEach(all::add);
        floorDocs.stream().filter(d -> !all.contains(d)).forEach(all::add);
        Map<String, Extracted> extracted = extractAll(all, threads);

        Dataset<String, String> data = new Dataset<>();
        int positives = 0;
        for (GoldDoc doc : training) {
            Extracted e = extracted.get(doc.id());
            Map<ExtractedDeal, String> labels = labels(doc, e.result().deals());
            for (ExtractedDeal d : e.result().deals()) {
                String label = labels.get(d);
                if (label == null) {
                    continue;
                }
                List<String> features = new ArrayList<>(e.features().get(d));
                features.add("bias");
                data.add(new BasicDatum<>(features, label));
                positives += label.equals(REAL) ? 1 : 0;
            }
        }
        LinearClassifier<String, String> classifier =
                new LinearClassifierFactory<String, String>(1e-4, false, 1.0).trainClassifier(data);
        Map<String, Counter<String>> byLabel = classifier.weightsAsMapOfCounters();
        Map<String, Double> weights = new TreeMap<>();
        for (String f : byLabel.get(REAL).keySet()) {
            double w = byLabel.get(REAL).getCount(f) - byLabel.get(NOT).getCount(f);
            if (Math.abs(w) >= 1e-4) {
                weights.put(f, Math.round(w * 10_000) / 10_000.0);
            }
        }

        StringBuilder report = new StringBuilder();
        double best = 0;
        double bestF1 = -1;
        for (int step = 0; step <= 18; step++) {
            double t = step * 0.05;
            CandidateScorer scorer = CandidateScorer.of(weights, t);
            double tuneF1 = f1(tuning, extracted, scorer);
            double floorF1 = f1(floorDocs, extracted, scorer);
            report.append(
                    String.format(Locale.ROOT, "threshold %.2f  tuning F1 %.3f  floor F1 %.3f%n", t, tuneF1, floorF1));
            if (floorF1 >= floor && tuneF1 > bestF1 + 1e-9) {
                bestF1 = tuneF1;
                best = t;
            }
        }
        return new Model(weights, best, data.size(), positives, report.toString());
    }

    private record Extracted(ExtractionResult result, Map<ExtractedDeal, List<String>> features) {}

    private Map<String, Extracted> extractAll(List<GoldDoc> docs, int threads) throws Exception {
        Map<String, Extracted> out = new ConcurrentHashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads))) {
            List<Future<?>> futures = new ArrayList<>();
            for (GoldDoc d : docs) {
                futures.add(pool.submit(() -> {
                    Map<ExtractedDeal, List<String>> features = Collections.synchronizedMap(new IdentityHashMap<>());
                    ExtractionResult r = extractor.extract(d.request(), features::put);
                    out.put(d.id(), new Extracted(r, features));
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        return out;
    }

    /** Each predicted deal: REAL when it takes a scored gold deal, NOT when it matches none, null when only neutral. */
    private Map<ExtractedDeal, String> labels(GoldDoc doc, List<ExtractedDeal> predicted) {
        Map<ExtractedDeal, String> labels = new IdentityHashMap<>();
        List<GoldDeal> open =
                new ArrayList<>(doc.deals().stream().filter(g -> !g.neutral()).toList());
        for (ExtractedDeal p : predicted) {
            GoldDeal hit = open.stream()
                    .filter(g -> scoring.matches(g, p, doc))
                    .findFirst()
                    .orElse(null);
            if (hit != null) {
                open.remove(hit);
                labels.put(p, REAL);
            } else if (doc.deals().stream().noneMatch(g -> g.neutral() && scoring.matches(g, p, doc))) {
                labels.put(p, NOT);
            }
        }
        return labels;
    }

    private double f1(List<GoldDoc> docs, Map<String, Extracted> extracted, CandidateScorer scorer) {
        Map<String, ExtractionResult> kept = new HashMap<>();
        for (GoldDoc d : docs) {
            Extracted e = extracted.get(d.id());
            List<ExtractedDeal> deals = e.result().deals().stream()
                    .filter(x -> scorer.keeps(e.features().get(x)))
                    .toList();
            ExtractionResult r = e.result();
            kept.put(d.id(), new ExtractionResult(r.id(), r.published(), r.error(), r.companies(), deals));
        }
        return scoring.score(docs, kept).overall().f1();
    }

    /** The model file: a header that says how to reproduce it, the threshold, one weight a line. */
    public static String toTsv(Model m, String command) {
        StringBuilder b = new StringBuilder();
        b.append("# Candidate scorer for deals the rules find (logistic model, log-odds weights per feature).\n");
        b.append("# Written by: ").append(command).append('\n');
        b.append(String.format(
                Locale.ROOT,
                "# %d training deals, %d real; threshold chosen on the tuning set.%n",
                m.examples(),
                m.positives()));
        b.append("threshold\t").append(m.threshold()).append('\n');
        new LinkedHashMap<>(m.weights())
                .forEach((f, w) -> b.append(f).append('\t').append(w).append('\n'));
        return b.toString();
    }
}
