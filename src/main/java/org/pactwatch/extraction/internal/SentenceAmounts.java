package org.pactwatch.extraction.internal;

import java.util.ArrayList;
import java.util.List;

/** The amounts of a sentence, with the use each is put to. */
final class SentenceAmounts {

    private SentenceAmounts() {}

    static List<AmountMention> find(AmountParser amountParser, Sentence s, java.time.LocalDate published) {
        List<AmountMention> out = new ArrayList<>();
        for (AmountParser.Found f : amountParser.find(s.text(), Dates.resolve(s.text(), published))) {
            int start = s.tokenAt(s.begin() + f.begin());
            int end = Math.max(start + 1, s.tokenAt(s.begin() + f.end() - 1) + 1);
            AmountMention.Use use = AmountUse.classify(s, start, end);
            AmountMention previous = out.isEmpty() ? null : out.getLast();
            if (previous != null && restates(s, previous, start)) {
                // "sales of ¥1.2 trillion ($8 billion)": a conversion is what the figure it converts is
                use = previous.use();
            }
            out.add(new AmountMention(start, Math.min(end, s.size()), f.amount(), use));
        }
        return out;
    }

    /** The amount at {@code start} converts the one before: "¥1.2 trillion ($8 billion)", "£1.8bn, or $2.4bn". */
    private static boolean restates(Sentence s, AmountMention previous, int start) {
        if (start <= previous.end() || start - previous.end() > 2) {
            return false;
        }
        for (int i = previous.end(); i < start; i++) {
            if (!s.tok(i).is("(", "-LRB-", ",", "or")) {
                return false;
            }
        }
        return true;
    }
}
