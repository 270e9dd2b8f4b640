package org.pactwatch.extraction.internal;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The cheap test that decides which sentences get the tagger, NER and the rules: a sentence is a candidate when
 * it holds a trigger of {@code triggers.tsv} or a denial cue of {@code status-cues.tsv}. It reads the same rule
 * files as {@link DealRules}, so a word added there needs no change here. Tokens are not tagged yet, so each
 * token is lemmatized under every inflected tag ("bought" → buy, "led" → lead, "stakes" → stake).
 */
final class CandidateFilter {

    private static final String[] INFLECTED_TAGS = {"VBD", "VBN", "VBZ", "VBG", "NNS"};

    private final Map<String, List<String[]>> triggersByFirstLemma = new HashMap<>();
    private final Map<String, List<String[]>> denialsByFirstWord = new HashMap<>();
    private final ThreadLocal<Morphology> morphology = ThreadLocal.withInitial(Morphology::new);

    CandidateFilter(List<String[]> triggerLemmas, List<String[]> denialCues) {
        triggerLemmas.forEach(l -> triggersByFirstLemma
                .computeIfAbsent(l[0], k -> new ArrayList<>())
                .add(l));
        denialCues.forEach(w ->
                denialsByFirstWord.computeIfAbsent(w[0], k -> new ArrayList<>()).add(w));
    }

    /** Whether the tokens hold a trigger (by lemma) or a denial cue (by word). */
    boolean hasDealWord(List<CoreLabel> toks) {
        List<Set<String>> lemmas = new ArrayList<>(toks.size());
        List<String> words = new ArrayList<>(toks.size());
        for (CoreLabel t : toks) {
            String lower = t.word().toLowerCase(Locale.ROOT);
            words.add(lower);
            lemmas.add(lemmaCandidates(lower));
        }
        for (int i = 0; i < toks.size(); i++) {
            for (String lemma : lemmas.get(i)) {
                for (String[] trigger : triggersByFirstLemma.getOrDefault(lemma, List.of())) {
                    if (matches(lemmas, i, trigger)) {
                        return true;
                    }
                }
            }
            for (String[] cue : denialsByFirstWord.getOrDefault(words.get(i), List.of())) {
                if (matchesWords(words, i, cue)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Set<String> lemmaCandidates(String lower) {
        Set<String> out = new HashSet<>(4);
        out.add(lower);
        if (lower.length() > 2 && Character.isLetter(lower.charAt(0))) {
            Morphology m = morphology.get();
            for (String tag : INFLECTED_TAGS) {
                out.add(m.lemma(lower, tag));
            }
        }
        return out;
    }

    private static boolean matches(List<Set<String>> lemmas, int start, String[] trigger) {
        if (start + trigger.length > lemmas.size()) {
            return false;
        }
        for (int k = 0; k < trigger.length; k++) {
            if (!lemmas.get(start + k).contains(trigger[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchesWords(List<String> words, int start, String[] cue) {
        if (start + cue.length > words.size()) {
            return false;
        }
        for (int k = 0; k < cue.length; k++) {
            if (!words.get(start + k).equals(cue[k])) {
                return false;
            }
        }
        return true;
    }
}
