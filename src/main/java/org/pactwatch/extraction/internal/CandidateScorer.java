package org.pactwatch.extraction.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A trained logistic model over the features of a deal the rules found ({@link DealFeatures}): its probability of
 * being a real deal becomes the deal's confidence, and deals below the threshold chosen on the tuning set are
 * dropped. The model file is written by {@code train-scorer}; {@link #NONE} keeps every deal and its rule
 * confidence (for training).
 */
public final class CandidateScorer {

    static final String RESOURCE = "/org/pactwatch/extraction/model/deal-scorer.tsv";

    /** Keeps every deal; what the training run extracts with. */
    public static final CandidateScorer NONE = new CandidateScorer(Map.of(), 0.0, false);

    private final Map<String, Double> weights;
    private final double threshold;
    private final boolean trained;

    private CandidateScorer(Map<String, Double> weights, double threshold, boolean trained) {
        this.weights = weights;
        this.threshold = threshold;
        this.trained = trained;
    }

    /** A model with these feature weights (log-odds) and threshold. */
    public static CandidateScorer of(Map<String, Double> weights, double threshold) {
        return new CandidateScorer(Map.copyOf(weights), threshold, true);
    }

    /** The committed model. */
    public static CandidateScorer load() {
        try (InputStream in = CandidateScorer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the deal scorer model " + RESOURCE + " is missing from the classpath");
            }
            Map<String, Double> weights = new HashMap<>();
            double threshold = 0.5;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                if (row[0].equals("threshold")) {
                    threshold = Double.parseDouble(row[1]);
                } else {
                    weights.put(row[0], Double.parseDouble(row[1]));
                }
            }
            return new CandidateScorer(weights, threshold, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean trained() {
        return trained;
    }

    double threshold() {
        return threshold;
    }

    /** Whether a deal with these features is kept. */
    public boolean keeps(Collection<String> features) {
        return !trained || probability(features) >= threshold;
    }

    /** The probability that a deal with these features is a real deal. */
    double probability(Collection<String> features) {
        double logit = weights.getOrDefault(DealFeatures.BIAS, 0.0);
        for (String f : features) {
            logit += weights.getOrDefault(f, 0.0);
        }
        return 1 / (1 + Math.exp(-logit));
    }
}
