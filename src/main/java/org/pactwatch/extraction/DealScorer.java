package org.pactwatch.extraction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pactwatch.company.CompanyRegistry;
import org.pactwatch.extraction.GoldSet.GoldDeal;
import org.pactwatch.extraction.GoldSet.GoldDoc;

/**
 * Scores extracted deals against gold with the contract's rules: same type; payer and payee equal after name
 * normalization with a subsidiary equal to its parent; PARTNERSHIP in either order; amount currency and value
 * (or USD) within 2% when gold has one; DENIED needs DENIED; one-to-one; optional, cumulative and round-total
 * gold deals neutral.
 */
public final class DealScorer {

    private static final BigDecimal TOLERANCE = new BigDecimal("0.02");

    private final CompanyRegistry registry;
    private final FxRates fx;

    public DealScorer(CompanyRegistry registry, FxRates fx) {
        this.registry = registry;
        this.fx = fx;
    }

    public record Counts(int tp, int fp, int fn) {
        /** True positives over everything extracted (0 when nothing was). */
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        /** True positives over every gold deal (0 when there are none). */
        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        /** The harmonic mean of precision and recall. */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }
    }

    public record Miss(String doc, GoldDeal gold) {}

    public record FalsePositive(String doc, ExtractedDeal deal) {}

    public record Report(
            Counts overall, Map<String, Counts> byType, List<Miss> misses, List<FalsePositive> falsePositives) {}

    /** Scores the extraction results against the gold documents, overall and by deal type. */
    public Report score(List<GoldDoc> docs, Map<String, ExtractionResult> results) {
        Map<String, Counts> byType = new LinkedHashMap<>();
        for (ExtractedDeal.DealType t : ExtractedDeal.DealType.values()) {
            byType.put(t.name(), new Counts(0, 0, 0));
        }
        List<Miss> misses = new ArrayList<>();
        List<FalsePositive> fps = new ArrayList<>();
        Counts overall = new Counts(0, 0, 0);
        for (GoldDoc doc : docs) {
            ExtractionResult r = results.get(doc.id());
            List<ExtractedDeal> predicted = r == null ? List.of() : r.deals();
            List<GoldDeal> scored =
                    doc.deals().stream().filter(g -> !g.neutral()).toList();
            List<GoldDeal> neutral =
                    doc.deals().stream().filter(GoldDeal::neutral).toList();
            int[] goldMatch = match(scored, predicted, new boolean[predicted.size()], doc);
            boolean[] used = new boolean[predicted.size()];
            for (int g = 0; g < scored.size(); g++) {
                if (goldMatch[g] >= 0) {
                    used[goldMatch[g]] = true;
                    overall = overall.plus(new Counts(1, 0, 0));
                    byType.merge(scored.get(g).type(), new Counts(1, 0, 0), Counts::plus);
                } else {
                    overall = overall.plus(new Counts(0, 0, 1));
                    byType.merge(scored.get(g).type(), new Counts(0, 0, 1), Counts::plus);
                    misses.add(new Miss(doc.id(), scored.get(g)));
                }
            }
            int[] neutralMatch = match(neutral, predicted, used, doc);
            for (int m : neutralMatch) {
                if (m >= 0) {
                    used[m] = true;
                }
            }
            for (int p = 0; p < predicted.size(); p++) {
                if (!used[p]) {
                    overall = overall.plus(new Counts(0, 1, 0));
                    byType.merge(predicted.get(p).type().name(), new Counts(0, 1, 0), Counts::plus);
                    fps.add(new FalsePositive(doc.id(), predicted.get(p)));
                }
            }
        }
        return new Report(overall, byType, misses, fps);
    }

    /** Maximum one-to-one matching of gold to unused predictions (augmenting paths). */
    private int[] match(List<GoldDeal> gold, List<ExtractedDeal> predicted, boolean[] unavailable, GoldDoc doc) {
        int[] predOwner = new int[predicted.size()];
        java.util.Arrays.fill(predOwner, -1);
        boolean[][] ok = new boolean[gold.size()][predicted.size()];
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < predicted.size(); p++) {
                ok[g][p] = !unavailable[p] && matches(gold.get(g), predicted.get(p), doc);
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            augment(g, ok, predOwner, new boolean[predicted.size()]);
        }
        int[] goldMatch = new int[gold.size()];
        java.util.Arrays.fill(goldMatch, -1);
        for (int p = 0; p < predOwner.length; p++) {
            if (predOwner[p] >= 0) {
                goldMatch[predOwner[p]] = p;
            }
        }
        return goldMatch;
    }

    private static boolean augment(int g, boolean[][] ok, int[] predOwner, boolean[] seen) {
        for (int p = 0; p < predOwner.length; p++) {
            if (ok[g][p] && !seen[p]) {
                seen[p] = true;
                if (predOwner[p] < 0 || augment(predOwner[p], ok, predOwner, seen)) {
                    predOwner[p] = g;
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether an extracted deal matches a gold deal under the scoring rules. */
    public boolean matches(GoldDeal g, ExtractedDeal p, GoldDoc doc) {
        if (!g.type().equals(p.type().name())) {
            return false;
        }
        if ("DENIED".equals(g.status()) && p.status() != ExtractedDeal.DealStatus.DENIED) {
            return false;
        }
        String gp = group(g.payer());
        String ge = group(g.payee());
        boolean parties = same(gp, p.payer()) && same(ge, p.payee())
                || g.type().equals("PARTNERSHIP") && same(gp, p.payee()) && same(ge, p.payer());
        if (!parties) {
            return false;
        }
        if (g.amount() == null) {
            return true;
        }
        ExtractedDeal.Amount a = p.amount();
        if (a == null || a.value() == null) {
            return false;
        }
        if (g.amount().currency().equals(a.currency()) && within(g.amount().value(), a.value())) {
            return true;
        }
        BigDecimal goldUsd = fx.toUsd(
                        g.amount().value(), g.amount().currency(), g.date() != null ? g.date() : doc.published())
                .orElse(null);
        return goldUsd != null && a.usd() != null && within(goldUsd, a.usd());
    }

    /** A predicted party is the gold one by its name or by the parent the extractor gave it ("Siemens Industry Software"). */
    private boolean same(String goldGroup, ExtractedDeal.Party party) {
        if (party == null) {
            return goldGroup == null;
        }
        return Objects.equals(goldGroup, group(party.name()))
                || party.parent() != null && Objects.equals(goldGroup, group(party.parent()));
    }

    /** A name normalized for comparison: the ultimate parent's key when the registry knows it. */
    public String group(String name) {
        if (name == null) {
            return null;
        }
        return registry.lookup(name)
                .map(c -> registry.ultimateParent(c.name()).orElse(c))
                .map(c -> CompanyRegistry.key(c.name()))
                .orElseGet(() -> CompanyRegistry.key(name));
    }

    private static boolean within(BigDecimal x, BigDecimal y) {
        BigDecimal max = x.abs().max(y.abs());
        return max.signum() == 0
                || x.subtract(y).abs().divide(max, MathContext.DECIMAL64).compareTo(TOLERANCE) <= 0;
    }
}
