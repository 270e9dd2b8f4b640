package org.pactwatch.extraction.internal;

import java.util.List;
import org.pactwatch.extraction.internal.DealRules.Hit;

/** Which amount of a sentence belongs to a trigger's deal. */
final class AmountChoice {

    private AmountChoice() {}

    static AmountMention nearestAmount(Sentence s, Hit h, List<AmountMention> amounts) {
        AmountMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (AmountMention a : amounts) {
            if (a.use() != AmountMention.Use.DEAL && a.use() != AmountMention.Use.CUMULATIVE) {
                continue;
            }
            int d = a.start() >= h.end() ? a.start() - h.end() : h.start() - a.end() + 2;
            int from = Math.min(a.start(), h.start());
            int to = Math.max(a.end(), h.end());
            boolean crossesVerb = DealRules.HITS.get().stream()
                    .anyMatch(o -> o.start() > from
                            && o.start() < to
                            && o.start() != h.start()
                            && s.tok(o.start()).pos().startsWith("VB")
                            && o.trigger().frame() != h.trigger().frame()
                            && !complement(s, h, o));
            if (crossesVerb
                    || a.end() <= h.start() && newClause(s, a.end(), h.start())
                    || a.start() >= h.end() && newClause(s, h.end(), a.start())) {
                continue;
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = a;
            }
        }
        return best;
    }

    /** "…each weighing up to $30 billion, and Microsoft could also invest": ", and" starts another clause. */
    private static boolean newClause(Sentence s, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            if (s.tok(i).is(",", ";") && s.tok(i + 1).is("and", "but", "while")) {
                return true;
            }
            // "completes $41 billion OpenAI investment and agrees to buy DigitalBridge": a second verb phrase
            if (s.tok(i).is("and")
                    && (s.tok(i + 1).pos().startsWith("VB")
                            || s.tok(i + 1).pos().equals("MD"))) {
                return true;
            }
        }
        return false;
    }

    /** "contracted to buy $250bn of Azure services": the second verb completes the first, one deal. */
    private static boolean complement(Sentence s, Hit h, Hit other) {
        return other.start() == h.end() + 1 && s.tok(h.end()).is("to");
    }
}
