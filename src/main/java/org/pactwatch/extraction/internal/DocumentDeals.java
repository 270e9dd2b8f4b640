package org.pactwatch.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactwatch.extraction.ExtractedDeal.Amount;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.extraction.ExtractedDeal.Evidence;
import org.pactwatch.extraction.internal.DealRules.Candidate;

/** The deals of one document: candidates merged into deals, tranches and terms, and sums filled in from nearby sentences. */
final class DocumentDeals {

    /** A definite reference back to a deal already named ("under the agreement", "the aggregate consideration"). */
    private static final Pattern DEAL_BACK_REFERENCE = Pattern.compile(
            "\\b(the|this|that)\\s+([\\w$€£¥.,\\-]+\\s+){0,4}?(agreement|deal|contract|order|transaction|acquisition|merger|purchase"
                    + "|investment|commitment|pact|consideration|order form)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern TWO_COMPANIES =
            Pattern.compile("\\b(the two companies|both companies|the pair)\\b", Pattern.CASE_INSENSITIVE);

    /** "SoftBank will provide $30 billion of the total": an investor's share of a round, not a tranche. */
    private static final Pattern SHARE_OF_TOTAL =
            Pattern.compile("\\bof the (total|round|sum|raise)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern TRANCHE = Pattern.compile(
            "\\b(tranche|initial|initially|first|second|remaining|rest|immediately|upfront|up front|now)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "This round of financing was led by", "The new funding round was spearheaded by the": a round named back. */
    private static final Pattern ROUND_LED_BY = Pattern.compile(
            "\\b(?:this|the|that|its)\\s+(?:[\\w-]+\\s+){0,3}?(?:round|funding|financing|raise|fundraise|fundraising"
                    + "|investment)\\b[^.;]{0,60}?\\b(?:led|co-led|spearheaded|headed)\\s+by\\s+(?:the\\s+)?",
            Pattern.CASE_INSENSITIVE);

    private final List<DealBuilder> deals = new ArrayList<>();
    private final java.time.LocalDate published;
    private final Function<String, String> kindOf;
    private List<Mention> sentenceMentions = List.of();
    private Map<Candidate, Integer> termOf = Map.of();
    private Amount unclaimed;
    private int unclaimedSentence;
    private Set<String> unclaimedGroups = Set.of();

    DocumentDeals(java.time.LocalDate published, Function<String, String> kindOf) {
        this.published = published;
        this.kindOf = kindOf;
    }

    java.time.LocalDate published() {
        return published;
    }

    List<DealBuilder> all() {
        return deals;
    }

    /** Adds the sentence's candidates, each to the deal it restates or as a new deal. */
    void addAll(Sentence s, List<Mention> mentions, List<Candidate> found) {
        termOf = assignTerms(s, found);
        sentenceMentions = mentions;
        found.forEach(this::add);
    }

    /** The latest investment in the last few sentences: its payee is where unnamed investments go. */
    DealBuilder latestInvestment(Sentence s) {
        for (int i = deals.size() - 1; i >= 0; i--) {
            DealBuilder d = deals.get(i);
            if (d.type == DealType.INVESTMENT && d.lastSentence >= s.index() - 3) {
                return d;
            }
        }
        return null;
    }

    private void add(Candidate c) {
        Evidence ev = new Evidence(
                c.sentence().text(), c.sentence().begin(), c.sentence().end());
        Amount amount = c.amount() == null ? null : c.amount().amount();
        boolean cumulative = c.amount() != null && c.amount().use() == AmountMention.Use.CUMULATIVE;
        for (DealBuilder d : deals) {
            if (!d.sameParties(c)) {
                continue;
            }
            boolean leadsIt = c.sentence().tok(c.trigger()).lemmaIs("lead", "co-lead")
                    || c.sentence().text().matches("(?is).*\\bthe (round|funding|raise|fundraising)\\b.*")
                    || ROUND_LED_BY.matcher(c.sentence().text()).find();
            if (d.payer == null && c.payer() != null && (amount == null || d.amount == null) && !leadsIt) {
                // a named investor without a sum is one of the round's backers, not the whole round
                continue;
            }
            if (amount == null || d.amount == null || DealBuilder.close(amount, d.amount)) {
                boolean payerNamed = d.payer == null && c.payer() != null;
                d.absorb(c, ev, amount, termOf.get(c));
                if (payerNamed) {
                    d.features = DealFeatures.withPayer(d.features, d.type.name(), d.payer, kindOf);
                }
                return;
            }
            if (cumulative) {
                d.addEvidence(ev);
                return;
            }
            if (amount.value().compareTo(d.amount.value()) < 0
                    && TRANCHE.matcher(c.sentence().text()).find()
                    && !SHARE_OF_TOTAL.matcher(c.sentence().text()).find()) {
                d.addTranche(c, ev, amount);
                return;
            }
        }
        if (cumulative) {
            return;
        }
        if (amount == null && c.type() != DealType.PARTNERSHIP) {
            amount = claimAmount(c);
        }
        DealBuilder started = new DealBuilder(c, ev, amount, published, termOf.get(c));
        started.features = DealFeatures.of(c, sentenceMentions, kindOf);
        deals.add(started);
    }

    /**
     * "will invest up to $25 billion in Anthropic, which commits to spend more than $100 billion on AWS over the
     * next ten years": a duration belongs to the deal whose amount (or trigger) is nearest to it, not to every
     * deal of the sentence.
     */
    private Map<Candidate, Integer> assignTerms(Sentence s, List<Candidate> found) {
        Map<Candidate, Integer> out = new java.util.IdentityHashMap<>();
        for (Terms.Duration d : Terms.durations(s.text())) {
            int at = s.tokenAt(s.begin() + d.begin());
            Candidate nearest = null;
            int best = Integer.MAX_VALUE;
            for (Candidate c : found) {
                int anchor = c.amount() != null ? c.amount().end() : c.trigger();
                int distance = Math.abs(at - anchor) + (at < anchor ? 3 : 0);
                if (distance < best) {
                    best = distance;
                    nearest = c;
                }
            }
            if (nearest != null) {
                out.putIfAbsent(nearest, d.months());
            }
        }
        return out;
    }

    /**
     * "entered into an order form with NVIDIA, with an initial value of $6.3 billion. Under the order form,
     * NVIDIA is obligated to purchase …": a sentence that names the parties and a sum but no deal, followed by
     * one that refers back and makes the deal.
     */
    void rememberUnclaimedAmount(Sentence s, List<Mention> mentions, List<AmountMention> amounts) {
        List<AmountMention> money =
                amounts.stream().filter(a -> a.use() == AmountMention.Use.DEAL).toList();
        if (money.size() == 1 && mentions.size() >= 2) {
            unclaimed = money.getFirst().amount();
            unclaimedSentence = s.index();
            unclaimedGroups = mentions.stream().map(Mention::group).collect(java.util.stream.Collectors.toSet());
        }
    }

    private Amount claimAmount(Candidate c) {
        if (unclaimed == null
                || c.sentence().index() - unclaimedSentence > 2
                || !DEAL_BACK_REFERENCE.matcher(c.sentence().text()).find()
                || c.payer() == null
                || !unclaimedGroups.contains(c.payer().group())
                || !unclaimedGroups.contains(c.payee().group())) {
            return null;
        }
        Amount a = unclaimed;
        unclaimed = null;
        return a;
    }

    /**
     * "Under the agreement, Microsoft will pay us $17.4 billion", "The aggregate consideration was $8 billion":
     * a later sentence that refers back to the deal states its amount.
     */
    void priceEarlierDeal(Sentence s, List<Mention> mentions, List<AmountMention> amounts) {
        List<AmountMention> money =
                amounts.stream().filter(a -> a.use() == AmountMention.Use.DEAL).toList();
        if (money.size() != 1 || !DEAL_BACK_REFERENCE.matcher(s.text()).find()) {
            return;
        }
        for (int i = deals.size() - 1; i >= 0; i--) {
            DealBuilder d = deals.get(i);
            if (d.lastSentence < s.index() - 3) {
                return;
            }
            if (d.type == DealType.PARTNERSHIP || d.amount != null) {
                continue;
            }
            // companies named after the sum belong to a later clause ("… well below the $700 million that
            // Graphcore had raised from investors including Sequoia")
            int moneyStart = money.getFirst().start();
            boolean stranger = mentions.stream().anyMatch(m -> m.start() < moneyStart && !d.involves(m.group()));
            if (!stranger) {
                d.amount = money.getFirst().amount();
                d.addEvidence(new Evidence(s.text(), s.begin(), s.end()));
            }
            return;
        }
    }

    /**
     * "the $38bn agreement the two companies signed in November": the pair of the latest deal of the same
     * kind made another deal, with the amount nearest the phrase.
     */
    void pairDeal(Sentence s, List<AmountMention> amounts) {
        Matcher pair = TWO_COMPANIES.matcher(s.text());
        if (!pair.find()) {
            return;
        }
        int phrase = s.tokenAt(s.begin() + pair.start());
        AmountMention nearest = null;
        for (AmountMention a : amounts) {
            if (a.use() == AmountMention.Use.DEAL
                    && (nearest == null || Math.abs(a.end() - phrase) < Math.abs(nearest.end() - phrase))) {
                nearest = a;
            }
        }
        if (nearest == null) {
            return;
        }
        String lower = s.text().toLowerCase(Locale.ROOT);
        boolean cloud = lower.contains("cloud") || lower.contains("compute") || lower.contains("capacity");
        for (int i = deals.size() - 1; i >= 0; i--) {
            DealBuilder d = deals.get(i);
            if (d.payer == null || d.type == DealType.PARTNERSHIP || cloud != (d.type == DealType.CLOUD_COMMITMENT)) {
                continue;
            }
            Evidence ev = new Evidence(s.text(), s.begin(), s.end());
            Amount amount = nearest.amount();
            if (deals.stream()
                    .anyMatch(o -> o.type == d.type
                            && o.payer != null
                            && o.payer.group().equals(d.payer.group())
                            && o.payee.group().equals(d.payee.group())
                            && o.amount != null
                            && DealBuilder.close(o.amount, amount))) {
                return;
            }
            DealBuilder copy = new DealBuilder(d, ev, amount, s);
            deals.add(copy);
            return;
        }
    }

    /**
     * "Graphcore raised $222 million in its E round. … This round of financing was led by Ontario Teachers'": the
     * lead a later sentence names is the investor of the recent round whose investor was left unnamed.
     */
    void nameRoundLead(Sentence s, List<Mention> mentions) {
        Matcher led = ROUND_LED_BY.matcher(s.text());
        if (!led.find()) {
            return;
        }
        int named = s.tokenAt(s.begin() + led.end());
        Mention lead = mentions.stream()
                .filter(m -> !m.reference() && m.start() == named)
                .findFirst()
                .orElse(null);
        if (lead == null) {
            return;
        }
        for (int i = deals.size() - 1; i >= 0 && deals.get(i).lastSentence >= s.index() - 5; i--) {
            DealBuilder d = deals.get(i);
            if (d.type == DealType.INVESTMENT
                    && d.payer == null
                    && !d.payee.group().equals(lead.group())) {
                d.payer = lead;
                d.features = DealFeatures.withPayer(d.features, d.type.name(), lead, kindOf);
                d.addEvidence(new Evidence(s.text(), s.begin(), s.end()));
                return;
            }
        }
    }

    void denyEarlier(Sentence s, List<Mention> mentions) {
        Evidence ev = new Evidence(s.text(), s.begin(), s.end());
        for (DealBuilder d : deals) {
            boolean rumour = d.status == DealStatus.REPORTED_TALKS;
            if (d.lastSentence < s.index() - 3 && !rumour) {
                continue;
            }
            boolean named = mentions.stream().anyMatch(m -> d.involves(m.group()));
            if (named) {
                d.status = DealStatus.DENIED;
                d.addEvidence(ev);
            }
        }
    }
}
