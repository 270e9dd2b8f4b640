package org.pactwatch.extraction.internal;

import java.util.Set;

/**
 * Says what an amount in a sentence is: deal money, a valuation, a cumulative total of earlier deals, or money
 * that is no deal at all (revenue, capex, market size, salaries, fines, donations).
 */
final class AmountUse {

    private static final Set<String> VALUATION_BEFORE = RuleFiles.words("valuation-before");
    private static final Set<String> NOT_A_DEAL_BEFORE = RuleFiles.words("not-a-deal-before");
    private static final Set<String> CUMULATIVE_BEFORE = RuleFiles.words("cumulative-before");
    private static final Set<String> NOT_A_DEAL_AFTER = RuleFiles.words("not-a-deal-after");

    private static final Set<String> DEAL_NOUNS = RuleFiles.words("deal-nouns");

    private AmountUse() {}

    /** "a deal valued at $35 billion" prices the deal; "valuing the company at" is a valuation. */
    private static boolean dealValued(Sentence s, int cue) {
        if (s.tok(cue).is("value")
                && s.tok(cue).pos().startsWith("NN")
                && cue > 0
                && s.tok(cue - 1)
                        .is(
                                "initial",
                                "total",
                                "contract",
                                "deal",
                                "aggregate",
                                "face",
                                "notional",
                                "transaction",
                                "combined",
                                "potential",
                                "sales",
                                "overall")) {
            return true;
        }
        if (!s.tok(cue).is("valued", "value")) {
            return false;
        }
        for (int i = cue - 1; i >= Math.max(0, cue - 6); i--) {
            if (DEAL_NOUNS.contains(s.tok(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "agreed to buy Alphawave …, valuing the company at about £1.8 billion": when a whole company is bought, the
     * value put on it is the price.
     */
    private static boolean valuedByBuyer(Sentence s, int cue) {
        if (!s.tok(cue).is("valuing", "values", "valued")) {
            return false;
        }
        for (int i = 0; i < cue; i++) {
            Tok t = s.tok(i);
            if (t.lemmaIs("acquire", "buy", "acquisition", "takeover", "merger", "merge", "buyout")
                    && !(i + 2 < s.size()
                            && (s.tok(i + 1).is("stake") || s.tok(i + 2).is("stake")))) {
                return true;
            }
        }
        return false;
    }

    /** "£1.8 billion, or $2.4 billion": the same money in another currency. */
    private static boolean alternative(Sentence s, int start) {
        int i = start - 1;
        while (i >= 0 && s.tok(i).is("about", "roughly", "around", "approximately", "some", "nearly")) {
            i--;
        }
        return i >= 1
                && s.tok(i).is("or")
                && (s.tok(i - 1).is(",") || s.tok(i - 1).word().matches(".*\\d.*|billion|million|bn|m"));
    }

    /** Share prices ("$23 a share", "183 pence per share") and sums below a million are no deal money. */
    private static boolean perShareOrSmall(Sentence s, int start, int end) {
        for (int i = end; i < Math.min(s.size(), end + 3); i++) {
            if (s.tok(i).is("share", "each", "apiece")) {
                return true;
            }
        }
        String text = s.text().toLowerCase(java.util.Locale.ROOT);
        int from = s.tok(start).begin() - s.begin();
        int to = s.tok(Math.min(end, s.size()) - 1).end() - s.begin();
        String span = text.substring(Math.max(0, from), Math.max(from, Math.min(text.length(), to)));
        return !AmountParser.hasLargeScale(span) && !span.matches(".*\\d{1,3}(,\\d{3}){2,}.*");
    }

    /**
     * "had raised about $415 million from investors", "has raised close to $2 billion": a company's funding to
     * date, unless the sentence names the round it raised ("has raised $500 million in a Series B").
     */
    private static boolean raisedToDate(Sentence s, int i) {
        if (!s.tok(i).lemmaIs("raise") || i == 0 || !s.tok(i - 1).lemmaIs("have")) {
            return false;
        }
        for (int j = i + 1; j < Math.min(s.size() - 1, i + 9); j++) {
            if (s.tok(j).is("from") && s.tok(j + 1).is("investors", "backers")
                    || s.tok(j).is("since", "overall")
                    || s.tok(j).is("in") && s.tok(j + 1).is("total")) {
                return true;
            }
        }
        // "had raised" also reports a single new raise in indirect speech ("denied a report that it had raised")
        return !s.tok(i - 1).is("had")
                && s.toks().stream().noneMatch(t -> t.is("round", "series", "led", "co-led", "tranche", "seed"));
    }

    /** "an aggregate purchase price of $5.0 billion" is what the deal costs, unlike a share or product price. */
    private static boolean purchasePrice(Sentence s, int i) {
        if (!s.tok(i).is("price")) {
            return false;
        }
        boolean dealPrice =
                i > 0 && s.tok(i - 1).is("purchase", "aggregate", "acquisition", "transaction", "offer", "total");
        // "put the price at about £500 million", "a price tag of": what the buyer pays
        boolean pricedAt = i + 1 < s.size() && s.tok(i + 1).is("at", "tag");
        return dealPrice || pricedAt;
    }

    /** "a combined company worth around $12 billion": what a company is worth is its value, not a price. */
    private static boolean companyWorth(Sentence s, int i) {
        if (!s.tok(i).is("worth", "valued") || i == 0) {
            return false;
        }
        int noun = s.tok(i - 1).is("about", "around", "roughly", "some") ? i - 2 : i - 1;
        return noun >= 0 && s.tok(noun).is("company", "group", "entity", "business", "firm", "giant", "combination");
    }

    /** "if OpenAI were to sell all its shares … would be $96 billion": arithmetic on a supposition, no deal. */
    private static boolean supposed(Sentence s, int start) {
        boolean condition = false;
        for (int i = 0; i < start; i++) {
            condition |= s.tok(i).is("if");
            if (condition
                    && s.tok(i).is("would", "could")
                    && i + 1 < start
                    && s.tok(i + 1).is("be", "mean")) {
                return true;
            }
        }
        return false;
    }

    static AmountMention.Use classify(Sentence s, int start, int end) {
        if (perShareOrSmall(s, start, end) || alternative(s, start) || supposed(s, start)) {
            return AmountMention.Use.NOT_A_DEAL;
        }
        for (int i = start - 1; i >= Math.max(0, start - 8); i--) {
            Tok t = s.tok(i);
            if (i >= start - 3
                    && !raisedToDate(s, i)
                    && t.pos().startsWith("VB")
                    && t.lemmaIs("raise", "invest", "pay", "acquire", "buy", "receive", "secure", "commit")) {
                // "…valuation from September, when it raised $13 billion": the verb owns the sum
                return AmountMention.Use.DEAL;
            }
            if (companyWorth(s, i)) {
                return AmountMention.Use.VALUATION;
            }
            if (VALUATION_BEFORE.contains(t.lower())) {
                return dealValued(s, i) || valuedByBuyer(s, i) ? AmountMention.Use.DEAL : AmountMention.Use.VALUATION;
            }
            if (CUMULATIVE_BEFORE.contains(t.lower())) {
                // "an initial total of $14.2 billion" prices a new contract
                boolean initial = t.is("total") && i > 0 && s.tok(i - 1).is("initial");
                return initial ? AmountMention.Use.DEAL : AmountMention.Use.CUMULATIVE;
            }
            if (raisedToDate(s, i)) {
                return AmountMention.Use.CUMULATIVE;
            }
            if (NOT_A_DEAL_BEFORE.contains(t.lower())) {
                return purchasePrice(s, i) ? AmountMention.Use.DEAL : AmountMention.Use.NOT_A_DEAL;
            }
            if (t.is(";") || t.is("while") || t.is("but") || t.is("than", "above", "below", "versus", "eclipses")) {
                // "far above the $12.5 billion Alphabet paid": a comparison starts a new amount's context
                break;
            }
        }
        for (int i = end; i < Math.min(s.size(), end + 3); i++) {
            String w = s.tok(i).lower();
            if (w.equals("valuation") && (i == end || s.tok(i - 1).lower().endsWith("money"))) {
                return AmountMention.Use.VALUATION;
            }
            if (NOT_A_DEAL_AFTER.contains(w)) {
                return AmountMention.Use.NOT_A_DEAL;
            }
            if (w.equals("so") && i + 1 < s.size() && s.tok(i + 1).is("far")) {
                return AmountMention.Use.CUMULATIVE;
            }
            if (w.equals("to") && i + 1 < s.size() && s.tok(i + 1).is("date")) {
                return AmountMention.Use.CUMULATIVE;
            }
        }
        if (end < s.size() && s.tok(end).is("that", "which")) {
            // "the $700 million that Graphcore had raised from investors": funding to date in a relative clause
            for (int i = end + 1; i < Math.min(s.size(), end + 7); i++) {
                if (raisedToDate(s, i)) {
                    return AmountMention.Use.CUMULATIVE;
                }
            }
        }
        return AmountMention.Use.DEAL;
    }
}
