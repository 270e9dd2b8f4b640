package org.pactwatch.extraction.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pactwatch.extraction.internal.DealRules.Context;
import org.pactwatch.extraction.internal.DealRules.Hit;

/** The words that tell what a deal is about (rules/context-words.tsv): cloud, goods, equity or control. */
final class ContextWords {

    private final Map<String, Context> contextWords = new HashMap<>();
    private final List<Map.Entry<String, Context>> contextPrefixes = new ArrayList<>();

    ContextWords(List<String[]> rows) {
        for (String[] row : rows) {
            Context c = Context.valueOf(row[1]);
            if (row[0].endsWith("*")) {
                contextPrefixes.add(Map.entry(row[0].substring(0, row[0].length() - 1), c));
            } else {
                contextWords.put(row[0], c);
            }
        }
    }

    /** Context words in the sentence with their distance from the trigger. */
    Map<Context, Integer> context(Sentence s, Hit h) {
        Map<Context, Integer> found = new HashMap<>();
        int from = Math.max(0, h.start() - 4);
        int to = Math.min(s.size(), h.end() + 10);
        for (int i = from; i < to; i++) {
            Context c = contextOf(s.tok(i).lower());
            if (c != null) {
                int d = Math.abs(i - h.start()) + (i < h.start() ? 3 : 0);
                found.merge(c, d, Math::min);
            }
        }
        return found;
    }

    Context contextOf(String word) {
        Context c = contextWords.get(word);
        if (c != null) {
            return c;
        }
        for (Map.Entry<String, Context> p : contextPrefixes) {
            if (word.startsWith(p.getKey())) {
                return p.getValue();
            }
        }
        return null;
    }
}
