package org.pactwatch.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;

/**
 * Deal recognition over one annotated sentence: finds trigger words (rules/triggers.tsv), decides the deal
 * type from the words around them (rules/context-words.tsv), assigns payer and payee by the trigger's frame,
 * prepositions ("in", "from", "led by", "by" for the passive) and company kinds, picks the deal's amount and
 * its status (rules/status-cues.tsv).
 */
final class DealRules {

    /** The kind {@code kindOf} gives a group that sells cloud services through a subsidiary (Google, Amazon). */
    static final String CLOUD_OWNER = "CLOUD_OWNER";

    enum Frame {
        INVEST,
        RAISE,
        LEAD,
        ACQUIRE,
        SELL,
        CLOUD,
        PROVIDE,
        PARTNER,
        PAY,
        DEAL
    }

    enum Context {
        CLOUD,
        GOODS,
        EQUITY,
        CONTROL
    }

    record Trigger(String[] lemmas, Frame frame, DealType type) {}

    record Hit(int start, int end, Trigger trigger) {}

    /** A deal found in one sentence, before document-level merging. */
    record Candidate(
            DealType type,
            DealStatus status,
            Mention payer,
            Mention payee,
            AmountMention amount,
            Sentence sentence,
            int trigger,
            double confidence,
            String valuation) {}

    /** The trigger hits of the sentence being analysed by this thread. */
    static final ThreadLocal<List<Hit>> HITS = ThreadLocal.withInitial(List::of);

    private final TriggerFinder triggerFinder;
    private final ContextWords contextWords;
    private final StatusCues statusCues;
    private final TypeRefinement typeRefinement;

    DealRules() {
        this(RuleFiles::read);
    }

    /** Rules over other rule files (a rule developer's copy), read by name: triggers.tsv, context-words.tsv … */
    DealRules(Function<String, List<String[]>> ruleFile) {
        triggerFinder = new TriggerFinder(ruleFile.apply("triggers.tsv"));
        contextWords = new ContextWords(ruleFile.apply("context-words.tsv"));
        statusCues = new StatusCues(ruleFile.apply("status-cues.tsv"));
        typeRefinement = new TypeRefinement(contextWords);
    }

    /** The lemma sequences of every trigger, for the candidate filter. */
    List<String[]> triggerLemmaSequences() {
        return triggerFinder.lemmaSequences();
    }

    /** The word sequences of the DENIED status cues, for the candidate filter. */
    List<String[]> denialCues() {
        return statusCues.denialCues();
    }

    /** Whether the sentence holds a DENIED status cue ("denied", "not for sale"). */
    boolean denies(Sentence s) {
        return statusCues.denies(s);
    }

    List<Hit> triggers(Sentence s) {
        return triggerFinder.triggers(s);
    }

    List<Candidate> apply(
            Sentence s,
            List<Mention> mentions,
            List<AmountMention> amounts,
            Function<String, String> kindOf,
            Mention topic,
            Mention topicInvestor) {
        List<Mention> parties = mentions.stream().filter(m -> m.name() != null).toList();
        List<Hit> hits = triggers(s).stream()
                .filter(h -> parties.stream()
                        .noneMatch(m -> !m.reference() && m.start() <= h.start() && h.start() < m.end()))
                .toList();
        List<Candidate> out = new ArrayList<>();
        HITS.set(hits);
        Mention investor = topicInvestor;
        for (Hit h : hits) {
            Candidate c = candidate(s, h, parties, amounts, kindOf, topic);
            if (c == null && investor != null && topic != null) {
                c = cloudPactPaidBack(s, h, parties, amounts, kindOf, topic, investor);
            }
            if (c != null) {
                List<Candidate> gapped = SharedDeals.gappedInvestors(s, h, parties, c, amounts);
                if (!gapped.isEmpty()) {
                    out.addAll(gapped);
                    topic = gapped.getFirst().payee();
                    investor = gapped.getFirst().payer();
                    continue;
                }
                List<Candidate> shared = SharedDeals.coSubjects(s, h, parties, c, amounts);
                if (shared.isEmpty()) {
                    out.add(c);
                } else {
                    out.addAll(shared);
                }
                if (c.type() == DealType.INVESTMENT) {
                    topic = c.payee();
                    investor = c.payer();
                }
            }
        }
        return prune(out);
    }

    private Candidate candidate(
            Sentence s,
            Hit h,
            List<Mention> parties,
            List<AmountMention> amounts,
            Function<String, String> kindOf,
            Mention topic) {
        Frame frame = h.trigger().frame();
        Map<Context, Integer> ctx = contextWords.context(s, h);
        PartyRoles.Roles roles = PartyRoles.of(s, h, parties, amounts, kindOf, topic, ctx);
        if (roles == null) {
            return null;
        }
        if (roles.settledType() != null) {
            return finish(
                    s,
                    h,
                    parties,
                    amounts,
                    kindOf,
                    roles.settledType(),
                    roles.payer(),
                    roles.payee(),
                    roles.settledFrame());
        }
        TypeRefinement.Typed typed =
                typeRefinement.refine(s, h, parties, amounts, kindOf, ctx, roles.payer(), roles.payee());
        if (typed == null) {
            return null;
        }
        DealType type = typed.type();
        Mention payer = typed.payer();
        Mention payee = typed.payee();
        if (CoreNlpDealExtractor.tracer != null) {
            CoreNlpDealExtractor.tracer.accept("  rule " + s.tok(h.start()).word() + " " + frame + " " + type + " "
                    + (payer == null ? null : payer.name()) + " -> " + (payee == null ? null : payee.name()));
        }
        return finish(s, h, parties, amounts, kindOf, type, payer, payee, frame);
    }

    /**
     * "Amazon put $50 billion into OpenAI, and the ChatGPT maker agreed to a $100 billion cloud pact": a cloud deal
     * of the company just invested in that names no provider is spent on the investor's cloud, when the investor
     * sells cloud.
     */
    private Candidate cloudPactPaidBack(
            Sentence s,
            Hit h,
            List<Mention> parties,
            List<AmountMention> amounts,
            Function<String, String> kindOf,
            Mention funded,
            Mention investor) {
        if (!contextWords.context(s, h).containsKey(Context.CLOUD) || !TypeRefinement.sellsCloud(investor, kindOf)) {
            return null;
        }
        Mention customer = SubjectsAndObjects.subject(s, parties, h);
        if (customer == null || !customer.group().equals(funded.group())) {
            return null;
        }
        return finish(s, h, parties, amounts, kindOf, DealType.CLOUD_COMMITMENT, customer, investor, Frame.CLOUD);
    }

    /** Checks the parties and adds amount, status, confidence and the stated valuation. */
    private Candidate finish(
            Sentence s,
            Hit h,
            List<Mention> parties,
            List<AmountMention> amounts,
            Function<String, String> kindOf,
            DealType type,
            Mention payer,
            Mention payee,
            Frame frame) {
        boolean internal = payer != null
                && payer.group().equals(payee == null ? null : payee.group())
                && (type == DealType.CLOUD_COMMITMENT || type == DealType.SUPPLY || type == DealType.PARTNERSHIP);
        if (payee == null || internal || (payer != null && payer.name().equals(payee.name()))) {
            return null;
        }
        AmountMention amount = type == DealType.PARTNERSHIP ? null : AmountChoice.nearestAmount(s, h, amounts);
        boolean needsAmount = s.tok(h.start()).lemmaIs("give", "promise", "hand", "put", "contribute");
        boolean payerless = frame == Frame.RAISE || frame == Frame.LEAD;
        if (payer == null && (type != DealType.INVESTMENT || amount == null || !payerless)
                || needsAmount && amount == null) {
            return null;
        }
        DealStatus status = statusCues.status(s, h);
        double confidence = confidence(payer, payee, amount, frame);
        String valuation = amounts.stream()
                .filter(a -> a.use() == AmountMention.Use.VALUATION)
                .map(a -> a.amount().text())
                .findFirst()
                .orElse(null);
        return new Candidate(type, status, payer, payee, amount, s, h.start(), confidence, valuation);
    }

    /** Drops a partnership that only restates a money deal between the same companies in the sentence. */
    private static List<Candidate> prune(List<Candidate> all) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : all) {
            if (c.type() == DealType.PARTNERSHIP
                    && all.stream().anyMatch(o -> o.type() != DealType.PARTNERSHIP && samePair(o, c))) {
                continue;
            }
            // "an agreement with Lambda, a GPU cloud, to deploy Nvidia chips": the chips come with the cloud deal
            if (c.type() == DealType.SUPPLY
                    && c.payer() != null
                    && all.stream()
                            .anyMatch(o -> o.type() == DealType.CLOUD_COMMITMENT
                                    && o.payer() != null
                                    && o.payer().group().equals(c.payer().group()))) {
                continue;
            }
            // "would acquire Core Scientific … in an all-stock deal": the deal noun restates the verb's deal
            // "acquired a 65% stake in Seiyu": the verb's share made it a takeover; the stake noun restates it
            if (c.type() == DealType.INVESTMENT
                    && c.sentence().tok(c.trigger()).lemmaIs("stake")
                    && all.stream().anyMatch(o -> o.type() == DealType.ACQUISITION && samePair(o, c))) {
                continue;
            }
            // but money flowing back ("… and the ChatGPT maker agreed to a cloud pact") is a second deal
            if (dealNoun(c)
                    && all.stream().anyMatch(o -> o != c && !dealNoun(o) && samePair(o, c) && !paidBack(o, c))) {
                continue;
            }
            out.add(c);
        }
        return out;
    }

    private static boolean dealNoun(Candidate c) {
        return c.sentence().tok(c.trigger()).lemmaIs("deal", "agreement", "contract", "pact", "transaction");
    }

    /** An investment and a cloud commitment the other way between the same pair: the paired tie-up. */
    private static boolean paidBack(Candidate investment, Candidate commitment) {
        return investment.type() == DealType.INVESTMENT
                && commitment.type() == DealType.CLOUD_COMMITMENT
                && investment.payee().group().equals(commitment.payer().group());
    }

    private static boolean samePair(Candidate a, Candidate b) {
        if (a.payer() == null || b.payer() == null) {
            return false;
        }
        Set<String> x = Set.of(a.payer().group(), a.payee().group());
        return x.contains(b.payer().group()) && x.contains(b.payee().group());
    }

    private static double confidence(Mention payer, Mention payee, AmountMention amount, Frame frame) {
        double c = 0.55;
        c += payer != null && payer.registered() ? 0.12 : 0.0;
        c += payee.registered() ? 0.12 : 0.0;
        c += amount != null ? 0.1 : 0.0;
        c += frame == Frame.DEAL || frame == Frame.PARTNER ? 0.0 : 0.05;
        return Math.round(Math.min(0.97, c) * 100) / 100.0;
    }
}
