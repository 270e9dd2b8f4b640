package org.pactwatch.extraction.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.extraction.internal.DealRules.Frame;
import org.pactwatch.extraction.internal.DealRules.Hit;
import org.pactwatch.extraction.internal.DealRules.Trigger;

/** Finds the trigger words of a sentence (rules/triggers.tsv) and keeps those that make a deal there. */
final class TriggerFinder {

    private static final Set<String> FUNDING_WORDS = RuleFiles.words("funding-words");
    private static final Set<String> INSTITUTIONS = RuleFiles.words("institutions");
    private static final Set<String> SELLING = RuleFiles.words("selling");

    private final Map<String, List<Trigger>> triggersByFirstLemma = new HashMap<>();

    TriggerFinder(List<String[]> rows) {
        for (String[] row : rows) {
            Trigger t = new Trigger(row[0].split(" "), Frame.valueOf(row[1]), DealType.valueOf(row[2]));
            triggersByFirstLemma
                    .computeIfAbsent(t.lemmas()[0], k -> new ArrayList<>())
                    .add(t);
        }
    }

    List<String[]> lemmaSequences() {
        return triggersByFirstLemma.values().stream()
                .flatMap(List::stream)
                .map(Trigger::lemmas)
                .toList();
    }

    List<Hit> triggers(Sentence s) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            Tok t = s.tok(i);
            List<Trigger> options = triggersByFirstLemma.get(t.lemma().toLowerCase(Locale.ROOT));
            if (options == null || adjectival(s, i)) {
                continue;
            }
            Hit best = null;
            for (Trigger tr : options) {
                int end = matchLemmas(s, i, tr.lemmas());
                if (end > 0 && (best == null || end > best.end())) {
                    best = new Hit(i, end, tr);
                }
            }
            if (best != null && plausible(s, best)) {
                hits.add(best);
                i = best.end() - 1;
            }
        }
        return hits;
    }

    private static int matchLemmas(Sentence s, int i, String[] lemmas) {
        int j = i;
        for (String l : lemmas) {
            if (j >= s.size() || !s.tok(j).lemma().toLowerCase(Locale.ROOT).equals(l)) {
                return -1;
            }
            j++;
        }
        return j;
    }

    /** "Microsoft-backed OpenAI" describes a past deal as background, not a deal of this sentence. */
    private static boolean adjectival(Sentence s, int i) {
        Tok t = s.tok(i);
        return t.word().contains("-") && !t.lemma().equals("co-lead")
                || (i > 0 && s.tok(i - 1).word().equals("-") && t.lower().endsWith("ed"));
    }

    /** "raise $2 billion", not "raise it to" or "raised its forecast"; "receive" only with funding words. */
    private static boolean raising(Sentence s, Hit h) {
        Tok t = s.tok(h.start());
        if (!t.lemmaIs("raise", "secure", "receive", "land")) {
            return true;
        }
        for (int i = h.start() - 1; i >= Math.max(0, h.start() - 3); i--) {
            if (s.tok(i).is("shareholders", "stockholders", "holders", "shareholder", "stockholder")) {
                // "Xilinx shareholders will receive 1.7234 AMD shares": merger consideration, not funding
                return false;
            }
        }
        if (!t.pos().startsWith("VB")) {
            return false;
        }
        if (h.end() < s.size()
                && s.tok(h.end())
                        .is("it", "its", "their", "the", "prices", "forecast", "guidance", "concerns", "questions")) {
            return false;
        }
        if (t.lemmaIs("raise")) {
            return true;
        }
        return s.toks().stream().anyMatch(x -> FUNDING_WORDS.contains(x.lower()));
    }

    /** "the investment firm Coatue": the word names an institution, not a deal. */
    private static boolean modifiesInstitution(Sentence s, Hit h) {
        return !s.tok(h.start()).pos().startsWith("VB")
                && h.end() < s.size()
                && INSTITUTIONS.contains(s.tok(h.end()).lower());
    }

    /** "sold part of its stake in T-Mobile": a sale of a holding is no new investment by the seller. */
    private static boolean divested(Sentence s, Hit h) {
        if (s.tok(h.start()).pos().startsWith("VB")) {
            return false;
        }
        for (int i = h.start() - 1; i >= Math.max(0, h.start() - 9); i--) {
            if (SELLING.contains(s.tok(i).lemma()) || SELLING.contains(s.tok(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "CoreWeave, backed by Nvidia," describes; "was backed by", "has backed" report a deal. */
    private static boolean auxiliaryBefore(Sentence s, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            if (s.tok(j).lemmaIs("be", "have", "get")) {
                return true;
            }
        }
        return false;
    }

    /** "sold 10% of Arm's shares at $51 each, raising $4.87 billion": proceeds of a share sale are no funding. */
    private static boolean afterSale(Sentence s, Hit h) {
        for (int i = 0; i < h.start(); i++) {
            if (s.tok(i).lemmaIs("sell") && s.tok(i).pos().startsWith("VB")) {
                return true;
            }
        }
        return false;
    }

    /** "put $2 billion into xAI" invests; "putting OpenAI's technology to work" does not. */
    static boolean moneyFollows(Sentence s, Hit h) {
        for (int i = h.end(); i < Math.min(s.size(), h.end() + 4); i++) {
            if (s.tok(i).word().matches("[$€£¥].*|\\d.*|US\\$")) {
                return true;
            }
        }
        return false;
    }

    private static boolean sentenceHasMoney(Sentence s) {
        for (int i = 0; i < s.size(); i++) {
            if (s.tok(i).word().matches("[$€£¥].*|US\\$") || s.tok(i).ner().equals("MONEY")) {
                return true;
            }
        }
        return false;
    }

    private static boolean plausible(Sentence s, Hit h) {
        Tok t = s.tok(h.start());
        String pos = t.pos();
        return switch (h.trigger().frame()) {
            // verbs only: "back" the adverb, "land" the noun, "use" the noun are no triggers
            case INVEST ->
                (!t.lemmaIs("back", "fund", "hand", "pour", "finance") || pos.startsWith("VB"))
                        // a participle describes ("backed by"), unless money follows ("Thrive contributed $1.25bn")
                        && !(pos.equals("VBN") && !auxiliaryBefore(s, h.start()) && !moneyFollows(s, h))
                        && !modifiesInstitution(s, h)
                        && !divested(s, h)
                        && (!t.lemmaIs("put") || moneyFollows(s, h));
            case RAISE -> raising(s, h) && !afterSale(s, h);
            case LEAD ->
                pos.startsWith("VB") && !(h.end() < s.size() && s.tok(h.end()).is("by"));
            case CLOUD ->
                (!t.lemmaIs("use", "rent", "lease", "spend", "commit") || pos.startsWith("VB"))
                        // "rents out GPUs" is the lessor's business, not a purchase
                        && !(t.lemmaIs("rent", "lease")
                                && h.end() < s.size()
                                && s.tok(h.end()).is("out"))
                        // "It also uses Nvidia's GPUs": a habit in the simple present, with no sum, commits to nothing
                        && !(t.lemmaIs("use") && pos.matches("VBZ|VBP") && !sentenceHasMoney(s));
            case PROVIDE, SELL -> pos.startsWith("VB");
            // the tagger often calls the verb of "plans to partner with" a noun
            case PARTNER ->
                !t.lemmaIs("partner")
                        || pos.startsWith("VB")
                        || h.start() > 0 && s.tok(h.start() - 1).is("to")
                        || h.end() < s.size() && s.tok(h.end()).is("with");
            // a licence moves rights to technology: no goods, no stake, none of the contract's deal types
            case DEAL -> !(h.start() > 0 && s.tok(h.start() - 1).is("licensing", "licence", "license"));
            default -> true;
        };
    }
}
