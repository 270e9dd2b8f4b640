package org.pactwatch.extraction.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.extraction.internal.DealRules.Context;
import org.pactwatch.extraction.internal.DealRules.Frame;
import org.pactwatch.extraction.internal.DealRules.Hit;

/** Who pays and who is paid in a trigger's deal, by the trigger's frame (invest, raise, lead, acquire, sell …). */
final class PartyRoles {

    /** The payer and payee; a settled type and frame end the analysis with them, skipping type refinement. */
    record Roles(Mention payer, Mention payee, DealType settledType, Frame settledFrame) {
        static Roles of(Mention payer, Mention payee) {
            return new Roles(payer, payee, null, null);
        }

        static Roles settled(DealType type, Mention payer, Mention payee, Frame frame) {
            return new Roles(payer, payee, type, frame);
        }
    }

    private static final Set<String> SUPPLIER_VERBS = RuleFiles.words("supplier-verbs");

    private PartyRoles() {}

    /** The roles by the trigger's frame, or null when the trigger makes no deal here. */
    static Roles of(
            Sentence s,
            Hit h,
            List<Mention> parties,
            List<AmountMention> amounts,
            Function<String, String> kindOf,
            Mention topic,
            Map<Context, Integer> ctx) {
        Mention byParty = SubjectsAndObjects.agent(s, parties, h);
        Mention subject = SubjectsAndObjects.subject(s, parties, h);
        return switch (h.trigger().frame()) {
            case INVEST -> invest(s, h, parties, amounts, topic, byParty, subject);
            case RAISE -> raise(s, h, parties, kindOf, subject);
            case LEAD -> lead(s, h, parties, topic, subject);
            case ACQUIRE, DEAL -> acquire(s, h, parties, byParty, subject);
            case SELL -> sell(s, h, parties, ctx, subject);
            case CLOUD -> cloud(s, h, parties, subject);
            case PROVIDE -> provide(s, h, parties, topic, ctx, subject);
            case PAY -> pay(s, h, parties, subject);
            case PARTNER -> partner(s, h, parties, subject);
        };
    }

    private static Roles invest(
            Sentence s,
            Hit h,
            List<Mention> parties,
            List<AmountMention> amounts,
            Mention topic,
            Mention byParty,
            Mention subject) {
        Mention payer = byParty != null ? byParty : subject;
        Mention payee = SubjectsAndObjects.firstAfter(s, parties, h, Set.of("in", "into"), true);
        Mention compound = SubjectsAndObjects.compound(s, parties, h);
        if (compound != null && (payee == null || Marks.mark(s, payee, parties) == null)) {
            // "completes $41 billion OpenAI investment and agrees to buy DigitalBridge": the name before
            // the noun, not a bare name after it
            payee = compound;
        }
        if (byParty != null && (payee == null || payee == byParty)) {
            payee = subject;
        }
        Mention from = SubjectsAndObjects.firstAfter(s, parties, h, Set.of("from"), false);
        // "acquired a 65% stake in Seiyu from Walmart": whoever a stake comes from sold it
        boolean soldStake = s.tok(h.start()).lemmaIs("stake") && payee != null;
        if (from != null
                && byParty == null
                && !soldStake
                && !s.tok(h.start()).pos().startsWith("VB")) {
            // "Anthropic gets $4 billion of new investment from Amazon": the subject receives it
            Mention receiver =
                    payee != null ? payee : subject != null ? subject : SubjectsAndObjects.possessor(s, parties, h);
            payer = from;
            payee = receiver != null && receiver != from ? receiver : null;
        }
        if (payer == null) {
            payer = SubjectsAndObjects.firstMarked(s, parties, h, Set.of("from"), false);
        }
        if (payee == null
                && topic != null
                && payer != null
                && (s.tok(h.start()).pos().startsWith("VB") || amountAttached(s, h, amounts))
                && !payer.group().equals(topic.group())) {
            // "Nvidia is investing $30bn" after a sentence about OpenAI's round: the company in focus
            payee = topic;
        }
        return Roles.of(payer, payee);
    }

    private static Roles raise(
            Sentence s, Hit h, List<Mention> parties, Function<String, String> kindOf, Mention subject) {
        Mention payee = subject != null ? subject : SubjectsAndObjects.firstAfter(s, parties, h, Set.of("for"), false);
        Mention owner = roundOwner(s, parties, h);
        if (owner == null && !s.tok(h.start()).pos().startsWith("VB")) {
            // "SoftBank leads a $40 billion OpenAI funding round": the company named before the noun
            owner = SubjectsAndObjects.compound(s, parties, h);
        }
        if (owner != null) {
            payee = owner;
        }
        if (afterLeadVerb(s, h)) {
            // the LEAD trigger before it says who invests in whom
            return null;
        }
        if (payee != null && "INVESTOR".equals(kindOf.apply(payee.name())) && fundAfter(s, h)) {
            // "Andreessen Horowitz plans to raise $20 billion for a new fund": money from its own backers
            return null;
        }
        Mention issuer = stockIssuer(s, parties, h);
        if (issuer != null && subject != null) {
            Mention investor = subject;
            return Roles.settled(DealType.INVESTMENT, investor, issuer, Frame.RAISE);
        }
        Mention payer = SubjectsAndObjects.firstMarked(s, parties, h, Set.of("led by"), false);
        if (payer == null) {
            payer = soleBacker(s, parties);
        }
        return Roles.of(payer, payee);
    }

    private static Roles lead(Sentence s, Hit h, List<Mention> parties, Mention topic, Mention subject) {
        Mention payer = subject;
        Mention payee = SubjectsAndObjects.firstAfter(s, parties, h, Set.of("in", "for", "of"), true);
        if (payee == null && topic != null && payer != null && !payer.group().equals(topic.group())) {
            payee = topic;
        }
        return Roles.of(payer, payee);
    }

    private static Roles acquire(Sentence s, Hit h, List<Mention> parties, Mention byParty, Mention subject) {
        Frame frame = h.trigger().frame();
        Mention payer = byParty != null ? byParty : subject;
        // "a bid for Perplexity": what the bid is for is the target
        Set<String> objectMarks = s.tok(h.start()).lemmaIs("bid")
                ? Set.of("of", "with", "from", "for")
                : Set.of("of", "with", "from", "over");
        Mention payee = SubjectsAndObjects.firstAfter(s, parties, h, objectMarks, true);
        if (TypeRefinement.stakeWord(s, h)) {
            // "acquired a 65% stake in Seiyu from Walmart": the company of the stake, not the seller
            Mention held = SubjectsAndObjects.firstAfter(s, parties, h, Set.of("in"), false);
            payee = held != null ? held : payee;
        }
        Mention bidder = s.tok(h.start()).lemmaIs("bid", "offer", "approach", "proposal")
                ? SubjectsAndObjects.firstAfter(s, parties, h, Set.of("from"), false)
                : null;
        if (bidder != null && bidder.start() <= h.end() + 1) {
            // "rejected an unsolicited bid from Apollo": the bid comes from the bidder, the target is named before
            Mention target = SubjectsAndObjects.firstAfter(s, parties, h, Set.of("for"), false);
            if (target == null) {
                target = parties.stream()
                        .filter(m -> m.end() <= h.start() && !m.group().equals(bidder.group()))
                        .reduce((first, second) -> second)
                        .orElse(null);
            }
            return Roles.of(bidder, target);
        }
        Mention compound = SubjectsAndObjects.compound(s, parties, h);
        if (compound != null && frame == Frame.DEAL) {
            payee = compound;
        }
        if (frame == Frame.DEAL && payee == null) {
            payee = SubjectsAndObjects.firstMarked(s, parties, h, Set.of("with"), false);
            if (payee == payer) {
                payee = null;
            }
        }
        if (frame == Frame.DEAL && payee != null && payer != null && supplierClause(s, payee)) {
            // "signed a deal with Toyota to supply EV batteries": the partner named is the one who buys
            Mention supplier = payer;
            payer = payee;
            payee = supplier;
        }
        if (frame == Frame.DEAL && won(s, h) && payee != null) {
            Mention winner = payer;
            payer = payee;
            payee = winner;
        }
        if (payee == byParty) {
            payee = null;
        }
        if (byParty != null && payee == null) {
            payee = subject;
        }
        Mention leader = SubjectsAndObjects.firstAfter(s, parties, h, Set.of("led by"), false);
        if (frame == Frame.ACQUIRE && leader != null && leader != payee && leader != subject) {
            // "to take the company private in a buyout led by Silver Lake": the leader buys
            payee = payee != null ? payee : subject;
            payer = leader;
        }
        return Roles.of(payer, payee);
    }

    private static Roles sell(Sentence s, Hit h, List<Mention> parties, Map<Context, Integer> ctx, Mention subject) {
        if (s.tok(h.start()).lemmaIs("issue") && !ctx.containsKey(Context.EQUITY)) {
            // a company issues statements and bonds too; only issued shares are an investment
            return null;
        }
        // "X sold Y to Z" (Z buys Y), "X sells Z $30 billion of capacity" (Z buys from X)
        Mention payer = SubjectsAndObjects.firstAfter(s, parties, h, Set.of("to"), false);
        Mention next = SubjectsAndObjects.firstAfter(s, parties, h, Set.of(), true);
        if (payer == null && next != null && next.start() <= h.end() + 1) {
            payer = next;
            next = null;
        }
        if (payer == null) {
            return null;
        }
        Mention payee =
                ctx.containsKey(Context.CLOUD) || ctx.containsKey(Context.GOODS) || next == null || next == payer
                        ? subject
                        : next;
        return Roles.of(payer, payee);
    }

    private static Roles cloud(Sentence s, Hit h, List<Mention> parties, Mention subject) {
        Mention payer = subject;
        Mention payee =
                SubjectsAndObjects.firstAfter(s, parties, h, Set.of("on", "with", "from", "to", "of", "at"), true);
        return Roles.of(payer, payee);
    }

    private static Roles provide(
            Sentence s, Hit h, List<Mention> parties, Mention topic, Map<Context, Integer> ctx, Mention subject) {
        boolean goods = ctx.containsKey(Context.GOODS);
        boolean cloud = ctx.containsKey(Context.CLOUD);
        if (TriggerFinder.moneyFollows(s, h) && !goods && !cloud) {
            // "SoftBank will provide $30 billion of the total": money provided to the round in focus
            Mention receiver = SubjectsAndObjects.firstAfter(s, parties, h, Set.of("to", "in", "into"), false);
            Mention funded = receiver != null ? receiver : topic;
            if (subject == null || funded == null || subject.group().equals(funded.group())) {
                return null;
            }
            return Roles.settled(DealType.INVESTMENT, subject, funded, Frame.INVEST);
        }
        Mention payee = subject;
        Mention payer = SubjectsAndObjects.firstAfter(s, parties, h, Set.of("to", "for", "with"), true);
        return Roles.of(payer, payee);
    }

    private static Roles pay(Sentence s, Hit h, List<Mention> parties, Mention subject) {
        Mention payer = subject;
        // "paid for data-visualisation company Tableau": described names may lose their "for"
        Mention payee = SubjectsAndObjects.firstAfter(
                s,
                parties,
                h,
                Set.of("for"),
                h.end() < s.size() && s.tok(h.end()).is("for"));
        return Roles.of(payer, payee);
    }

    private static Roles partner(Sentence s, Hit h, List<Mention> parties, Mention subject) {
        // "Farmstaff … plans to partner with Zhonghuan Yida": the subject and the company it partners with
        Mention with = h.end() < s.size() && s.tok(h.end()).is("with")
                ? SubjectsAndObjects.firstAfter(s, parties, h, Set.of("with"), false)
                : null;
        if (with != null && subject != null && !subject.group().equals(with.group())) {
            return Roles.of(subject, with);
        }
        Mention payer = null;
        Mention payee = null;
        List<Mention> distinct = distinctParties(parties);
        if (distinct.size() >= 2) {
            payer = distinct.get(0);
            payee = distinct.get(1);
        }
        return Roles.of(payer, payee);
    }

    /** "investments of up to $30 billion", "a $30 billion investment": the noun carries its own sum. */
    private static boolean amountAttached(Sentence s, Hit h, List<AmountMention> amounts) {
        for (AmountMention a : amounts) {
            boolean after = a.start() >= h.end()
                    && a.start() <= h.end() + 3
                    && s.tok(h.end()).is("of");
            boolean before = a.end() == h.start() || a.end() == h.start() - 1;
            if (a.use() == AmountMention.Use.DEAL && (after || before)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fundAfter(Sentence s, Hit h) {
        for (int i = h.end(); i < Math.min(s.size(), h.end() + 16); i++) {
            if (s.tok(i).lemmaIs("fund", "funds", "vehicle")) {
                return true;
            }
        }
        return false;
    }

    private static List<Mention> distinctParties(List<Mention> parties) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : parties) {
            if (out.stream().noneMatch(o -> o.group().equals(m.group()))) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * "raised $1 billion from Microsoft": a single named backer is the payer. Investors listed or introduced
     * as participants ("from investors including A, B and C", "with participation from A") are no lead, so a
     * round with only those has no payer.
     */
    private static Mention soleBacker(Sentence s, List<Mention> parties) {
        List<Mention> backers = new ArrayList<>();
        for (Mention m : parties) {
            String mark = Marks.mark(s, m, parties);
            if ("from".equals(mark) || "by".equals(mark)) {
                backers.add(m);
            } else if ("including".equals(mark)) {
                return null;
            }
        }
        if (distinctParties(backers).size() != 1) {
            return null;
        }
        Mention m = backers.getFirst();
        for (int i = m.start() - 1; i >= Math.max(0, m.start() - 4); i--) {
            if (s.tok(i).is("participation", "investors", "backers", "others")) {
                return null;
            }
        }
        return m;
    }

    /** "Mistral AI's €1.7 billion funding round": the company whose round it is. */
    private static Mention roundOwner(Sentence s, List<Mention> parties, Hit h) {
        if (s.tok(h.start()).pos().startsWith("VB")) {
            return null;
        }
        for (Mention m : parties) {
            if (m.end() < h.start() && m.end() >= h.start() - 6 && Marks.possessive(s, m)) {
                return m;
            }
        }
        return null;
    }

    /** "leading a €1.7 billion Series C round", "led the $6 billion round": the round is the lead verb's object. */
    private static boolean afterLeadVerb(Sentence s, Hit h) {
        if (s.tok(h.start()).pos().startsWith("VB")) {
            return false;
        }
        for (int i = h.start() - 1; i >= Math.max(0, h.start() - 10); i--) {
            Tok t = s.tok(i);
            if (t.lemmaIs("lead", "co-lead") && t.pos().startsWith("VB")) {
                return i + 1 >= s.size() || !s.tok(i + 1).is("by");
            }
            if (t.is(",", ";", "and", "but", "which", "that")) {
                return false;
            }
        }
        return false;
    }

    /** "OpenAI will receive $350 million of CoreWeave stock": receiving shares is investing in their issuer. */
    private static Mention stockIssuer(Sentence s, List<Mention> parties, Hit h) {
        if (!s.tok(h.start()).lemmaIs("receive", "get", "take")) {
            return null;
        }
        for (Mention m : parties) {
            if (m.start() >= h.end() && m.end() < s.size() && s.tok(m.end()).is("stock", "shares", "equity")) {
                return m;
            }
        }
        return null;
    }

    /** "Samsung wins a chip contract from Tesla": the winner supplies. */
    private static boolean supplierClause(Sentence s, Mention partner) {
        int to = partner.end();
        while (to < s.size() && to < partner.end() + 3 && !s.tok(to).is("to")) {
            to++;
        }
        return to + 1 < s.size()
                && s.tok(to).is("to")
                && s.tok(to + 1).pos().startsWith("VB")
                && SUPPLIER_VERBS.contains(s.tok(to + 1).lemma());
    }

    private static boolean won(Sentence s, Hit h) {
        for (int i = h.start() - 1; i >= Math.max(0, h.start() - 5); i--) {
            if (s.tok(i).lemmaIs("win", "land", "secure")) {
                return true;
            }
        }
        return false;
    }
}
