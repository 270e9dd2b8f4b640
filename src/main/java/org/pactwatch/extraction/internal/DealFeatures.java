package org.pactwatch.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.pactwatch.extraction.ExtractedDeal;

/**
 * What the candidate scorer knows of a deal the rules found: its type and trigger, the shape and kinds of its
 * parties, where in the document it stands, hedges, and what the merged deal ended with (amount, evidence).
 */
final class DealFeatures {

    static final String BIAS = "bias";

    private static final java.util.regex.Pattern HEDGE = java.util.regex.Pattern.compile(
            "\\b(could|may|might|reportedly|considering|weighing|talks|plans?|expected|would)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private DealFeatures() {}

    /** Features of the sentence and candidate that started a deal. */
    static List<String> of(DealRules.Candidate c, List<Mention> mentions, Function<String, String> kindOf) {
        Sentence s = c.sentence();
        Tok t = s.tok(c.trigger());
        String type = c.type().name();
        List<String> f = new ArrayList<>();
        f.add("type=" + type);
        f.add("trigger=" + t.lemma());
        f.add("type+trigger=" + type + "/" + t.lemma());
        f.add("triggerPos=" + (t.pos().startsWith("VB") ? "verb" : "noun"));
        f.add("status=" + c.status());
        f.add("payer=" + shape(c.payer()));
        f.add("payee=" + shape(c.payee()));
        f.add("payerKind=" + type + "/" + kind(c.payer(), kindOf));
        f.add("payeeKind=" + type + "/" + kind(c.payee(), kindOf));
        f.add("sentence=" + bucket(s.index(), 1, 4, 10));
        f.add("headline=" + !s.text().strip().matches("(?s).*[.!?\"”’)]$"));
        f.add("hedge=" + HEDGE.matcher(s.text()).find());
        long parties = mentions.stream().map(Mention::group).distinct().count();
        f.add("parties=" + Math.min(parties, 4));
        if (c.payee() != null) {
            f.add("payeeDistance=" + bucket(Math.abs(c.payee().start() - c.trigger()), 3, 8, 15));
        }
        return f;
    }

    /** The features with the payer a later sentence named ("This round was led by Amazon") in place of none. */
    static List<String> withPayer(List<String> start, String type, Mention payer, Function<String, String> kindOf) {
        List<String> f = new ArrayList<>(start.size());
        for (String feature : start) {
            if (feature.startsWith("payer=")) {
                f.add("payer=" + shape(payer));
            } else if (feature.startsWith("payerKind=")) {
                f.add("payerKind=" + type + "/" + kind(payer, kindOf));
            } else if (feature.startsWith("parties=")) {
                // the payer named later is one more party than the deal's own sentence held
                int parties = Integer.parseInt(feature.substring("parties=".length()));
                f.add("parties=" + Math.min(parties + 1, 4));
            } else {
                f.add(feature);
            }
        }
        return f;
    }

    /** The features of a finished deal: its start plus what merging gave it. */
    static List<String> finished(List<String> start, ExtractedDeal d) {
        List<String> f = new ArrayList<>(start);
        f.add("amount=" + (d.amount() == null ? "none" : d.amount().qualifier().name()));
        f.add("type+amount=" + d.type() + "/" + (d.amount() != null));
        f.add("evidence=" + Math.min(d.evidence().size(), 3));
        return f;
    }

    private static String shape(Mention m) {
        if (m == null) {
            return "none";
        }
        return m.reference() ? "reference" : m.registered() ? "registry" : "unknown";
    }

    private static String kind(Mention m, Function<String, String> kindOf) {
        if (m == null) {
            return "none";
        }
        String k = kindOf.apply(m.name());
        return k == null ? "unknown" : k.toLowerCase(Locale.ROOT);
    }

    private static String bucket(long v, int... bounds) {
        for (int b : bounds) {
            if (v < b) {
                return "<" + b;
            }
        }
        return ">=" + bounds[bounds.length - 1];
    }
}
