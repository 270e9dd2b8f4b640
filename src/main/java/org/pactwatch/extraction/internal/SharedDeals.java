package org.pactwatch.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.extraction.internal.DealRules.Candidate;
import org.pactwatch.extraction.internal.DealRules.Hit;

/** Deals one trigger makes for several companies: listed co-subjects and investors after a left-out verb. */
final class SharedDeals {

    private SharedDeals() {}

    /**
     * "Nvidia will invest up to $10 billion and Microsoft up to $5 billion in Anthropic": a verb left out after "and"
     * gives the second investor its own sum; the company invested in is named after both.
     */
    static List<Candidate> gappedInvestors(
            Sentence s, Hit h, List<Mention> parties, Candidate c, List<AmountMention> amounts) {
        Mention second = c.payee();
        if (c.type() != DealType.INVESTMENT
                || c.payer() == null
                || c.amount() == null
                || second == null
                || !parties.contains(second)
                || second.start() == 0
                || !s.tok(second.start() - 1).is("and")) {
            return List.of();
        }
        AmountMention own = amounts.stream()
                .filter(a ->
                        a.use() == AmountMention.Use.DEAL && a.start() >= second.end() && a.start() <= second.end() + 2)
                .findFirst()
                .orElse(null);
        if (own == null || own == c.amount()) {
            return List.of();
        }
        Mention funded = parties.stream()
                .filter(m ->
                        m.start() > own.start() && !m.reference() && !m.group().equals(second.group()))
                .filter(m -> !m.group().equals(c.payer().group()))
                .findFirst()
                .orElse(null);
        if (funded == null) {
            return List.of();
        }
        return List.of(
                new Candidate(
                        c.type(),
                        c.status(),
                        c.payer(),
                        funded,
                        c.amount(),
                        s,
                        c.trigger(),
                        c.confidence(),
                        c.valuation()),
                new Candidate(
                        c.type(),
                        c.status(),
                        second,
                        funded,
                        own,
                        s,
                        c.trigger(),
                        c.confidence() - 0.05,
                        c.valuation()));
    }

    /**
     * "Nvidia and SoftBank are each investing $30bn": every company listed as subject makes the same deal;
     * with "respectively" the amounts pair up in order; without "each" only the first keeps the amount.
     */
    static List<Candidate> coSubjects(
            Sentence s, Hit h, List<Mention> parties, Candidate c, List<AmountMention> amounts) {
        if (c.payer() == null
                || c.type() == DealType.PARTNERSHIP
                || c.payer() != SubjectsAndObjects.subject(s, parties, h)) {
            return List.of();
        }
        List<Mention> listed = new ArrayList<>();
        int at = c.payer().start();
        while (at > 1 && s.tok(at - 1).is("and", ",", "&")) {
            Mention previous = Marks.endingAt(parties, at - 1);
            if (previous == null || previous.reference()) {
                break;
            }
            listed.addFirst(previous);
            at = previous.start();
        }
        if (listed.isEmpty()) {
            return List.of();
        }
        boolean each = s.toks().stream().anyMatch(t -> t.is("each", "both"));
        boolean respectively = s.toks().stream().anyMatch(t -> t.is("respectively"));
        List<AmountMention> dealAmounts = amounts.stream()
                .filter(a -> a.use() == AmountMention.Use.DEAL && a.start() >= h.start())
                .toList();
        List<Candidate> out = new ArrayList<>();
        boolean paired = respectively && dealAmounts.size() == listed.size() + 1;
        if (!paired) {
            out.add(c);
        }
        for (int i = 0; i < listed.size(); i++) {
            AmountMention amount = each ? c.amount() : null;
            if (respectively && dealAmounts.size() == listed.size() + 1) {
                amount = dealAmounts.get(i);
            }
            Mention payer = listed.get(i);
            if (payer.group().equals(c.payee().group())) {
                continue;
            }
            out.add(new Candidate(
                    c.type(),
                    c.status(),
                    payer,
                    c.payee(),
                    amount,
                    s,
                    c.trigger(),
                    c.confidence() - 0.05,
                    c.valuation()));
        }
        if (paired) {
            Candidate last = new Candidate(
                    c.type(),
                    c.status(),
                    c.payer(),
                    c.payee(),
                    dealAmounts.getLast(),
                    s,
                    c.trigger(),
                    c.confidence(),
                    c.valuation());
            out.add(last);
        }
        return out;
    }
}
