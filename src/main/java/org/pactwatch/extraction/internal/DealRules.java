package org.pactwatch.extraction.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

    private static final java.util.regex.Pattern OWN_SHARES = java.util.regex.Pattern.compile(
            "(?i)\\b(shares of (our|its|the company's) (class \\w+ )?(common )?stock|new shares)\\b");

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

    private static final Set<String> PREPOSITIONS = RuleFiles.words("prepositions");
    private static final Set<String> DATE_WORDS = RuleFiles.words("date-words");
    private static final Set<String> SKIPPABLE_POS =
            Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "POS", "HYPH", "PRP$", "VBN", "VBG");

    private final Map<String, List<Trigger>> triggersByFirstLemma = new HashMap<>();
    private final Map<String, Context> contextWords = new HashMap<>();
    private final List<Map.Entry<String, Context>> contextPrefixes = new ArrayList<>();
    private final List<String[]> statusCues = new ArrayList<>();

    DealRules() {
        this(RuleFiles::read);
    }

    /** Rules over other rule files (a rule developer's copy), read by name: triggers.tsv, context-words.tsv … */
    DealRules(Function<String, List<String[]>> ruleFile) {
        for (String[] row : ruleFile.apply("triggers.tsv")) {
            Trigger t = new Trigger(row[0].split(" "), Frame.valueOf(row[1]), DealType.valueOf(row[2]));
            triggersByFirstLemma
                    .computeIfAbsent(t.lemmas()[0], k -> new ArrayList<>())
                    .add(t);
        }
        for (String[] row : ruleFile.apply("context-words.tsv")) {
            Context c = Context.valueOf(row[1]);
            if (row[0].endsWith("*")) {
                contextPrefixes.add(Map.entry(row[0].substring(0, row[0].length() - 1), c));
            } else {
                contextWords.put(row[0], c);
            }
        }
        statusCues.addAll(ruleFile.apply("status-cues.tsv"));
    }

    /** The lemma sequences of every trigger, for the candidate filter. */
    List<String[]> triggerLemmaSequences() {
        return triggersByFirstLemma.values().stream()
                .flatMap(List::stream)
                .map(Trigger::lemmas)
                .toList();
    }

    /** The word sequences of the DENIED status cues, for the candidate filter. */
    List<String[]> denialCues() {
        return statusCues.stream()
                .filter(cue -> cue[1].equals(DealStatus.DENIED.name()))
                .map(cue -> cue[0].split(" "))
                .toList();
    }

    /** Whether the sentence holds a DENIED status cue ("denied", "not for sale"). */
    boolean denies(Sentence s) {
        String text = " " + String.join(" ", s.toks().stream().map(Tok::lower).toList()) + " ";
        return statusCues.stream()
                .anyMatch(cue -> cue[1].equals(DealStatus.DENIED.name()) && text.contains(" " + cue[0] + " "));
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

    /** The trigger hits of the sentence being analysed by this thread. */
    private static final ThreadLocal<List<Hit>> HITS = ThreadLocal.withInitial(List::of);

    private static final Set<String> NOUN_TRIGGERS = RuleFiles.words("noun-triggers");

    private static final Set<String> DESCRIPTORS = RuleFiles.words("descriptors");

    private static final Set<String> DESCRIBING_NOUNS = RuleFiles.words("describing-nouns");

    private static final Set<String> DESCRIPTOR_EXTRAS = RuleFiles.words("descriptor-extras");

    private static final Set<String> FUNDING_WORDS = RuleFiles.words("funding-words");

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

    private static final Set<String> INSTITUTIONS = RuleFiles.words("institutions");
    private static final Set<String> SELLING = RuleFiles.words("selling");

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
    private static boolean moneyFollows(Sentence s, Hit h) {
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
            case PARTNER -> !t.lemmaIs("partner") || pos.startsWith("VB");
            // a licence moves rights to technology: no goods, no stake, none of the contract's deal types
            case DEAL -> !(h.start() > 0 && s.tok(h.start() - 1).is("licensing", "licence", "license"));
            default -> true;
        };
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
                List<Candidate> gapped = gappedInvestors(s, h, parties, c, amounts);
                if (!gapped.isEmpty()) {
                    out.addAll(gapped);
                    topic = gapped.getFirst().payee();
                    investor = gapped.getFirst().payer();
                    continue;
                }
                List<Candidate> shared = coSubjects(s, h, parties, c, amounts);
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

    /**
     * "Nvidia and SoftBank are each investing $30bn": every company listed as subject makes the same deal;
     * with "respectively" the amounts pair up in order; without "each" only the first keeps the amount.
     */
    /**
     * "Nvidia will invest up to $10 billion and Microsoft up to $5 billion in Anthropic": a verb left out after "and"
     * gives the second investor its own sum; the company invested in is named after both.
     */
    private static List<Candidate> gappedInvestors(
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

    private static List<Candidate> coSubjects(
            Sentence s, Hit h, List<Mention> parties, Candidate c, List<AmountMention> amounts) {
        if (c.payer() == null || c.type() == DealType.PARTNERSHIP || c.payer() != subject(s, parties, h)) {
            return List.of();
        }
        List<Mention> listed = new ArrayList<>();
        int at = c.payer().start();
        while (at > 1 && s.tok(at - 1).is("and", ",", "&")) {
            Mention previous = endingAt(parties, at - 1);
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

    private Candidate candidate(
            Sentence s,
            Hit h,
            List<Mention> parties,
            List<AmountMention> amounts,
            Function<String, String> kindOf,
            Mention topic) {
        Frame frame = h.trigger().frame();
        DealType type = h.trigger().type();
        Map<Context, Integer> ctx = context(s, h);
        boolean goods = ctx.containsKey(Context.GOODS);
        boolean cloud = ctx.containsKey(Context.CLOUD);
        Mention byParty = agent(s, parties, h);
        Mention subject = subject(s, parties, h);
        Mention payer = null;
        Mention payee = null;
        switch (frame) {
            case INVEST -> {
                payer = byParty != null ? byParty : subject;
                payee = firstAfter(s, parties, h, Set.of("in", "into"), true);
                Mention compound = compound(s, parties, h);
                if (compound != null && (payee == null || mark(s, payee, parties) == null)) {
                    // "completes $41 billion OpenAI investment and agrees to buy DigitalBridge": the name before
                    // the noun, not a bare name after it
                    payee = compound;
                }
                if (byParty != null && (payee == null || payee == byParty)) {
                    payee = subject;
                }
                Mention from = firstAfter(s, parties, h, Set.of("from"), false);
                // "acquired a 65% stake in Seiyu from Walmart": whoever a stake comes from sold it
                boolean soldStake = s.tok(h.start()).lemmaIs("stake") && payee != null;
                if (from != null
                        && byParty == null
                        && !soldStake
                        && !s.tok(h.start()).pos().startsWith("VB")) {
                    // "Anthropic gets $4 billion of new investment from Amazon": the subject receives it
                    Mention receiver = payee != null ? payee : subject != null ? subject : possessor(s, parties, h);
                    payer = from;
                    payee = receiver != null && receiver != from ? receiver : null;
                }
                if (payer == null) {
                    payer = firstMarked(s, parties, h, Set.of("from"), false);
                }
                if (payee == null
                        && topic != null
                        && payer != null
                        && (s.tok(h.start()).pos().startsWith("VB") || amountAttached(s, h, amounts))
                        && !payer.group().equals(topic.group())) {
                    // "Nvidia is investing $30bn" after a sentence about OpenAI's round: the company in focus
                    payee = topic;
                }
            }
            case RAISE -> {
                payee = subject != null ? subject : firstAfter(s, parties, h, Set.of("for"), false);
                Mention owner = roundOwner(s, parties, h);
                if (owner == null && !s.tok(h.start()).pos().startsWith("VB")) {
                    // "SoftBank leads a $40 billion OpenAI funding round": the company named before the noun
                    owner = compound(s, parties, h);
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
                    return finish(s, h, parties, amounts, kindOf, DealType.INVESTMENT, investor, issuer, frame);
                }
                payer = firstMarked(s, parties, h, Set.of("led by"), false);
                if (payer == null) {
                    payer = soleBacker(s, parties);
                }
            }
            case LEAD -> {
                payer = subject;
                payee = firstAfter(s, parties, h, Set.of("in", "for", "of"), true);
                if (payee == null
                        && topic != null
                        && payer != null
                        && !payer.group().equals(topic.group())) {
                    payee = topic;
                }
            }
            case ACQUIRE, DEAL -> {
                payer = byParty != null ? byParty : subject;
                // "a bid for Perplexity": what the bid is for is the target
                Set<String> objectMarks = s.tok(h.start()).lemmaIs("bid")
                        ? Set.of("of", "with", "from", "for")
                        : Set.of("of", "with", "from", "over");
                payee = firstAfter(s, parties, h, objectMarks, true);
                if (stakeWord(s, h)) {
                    // "acquired a 65% stake in Seiyu from Walmart": the company of the stake, not the seller
                    Mention held = firstAfter(s, parties, h, Set.of("in"), false);
                    payee = held != null ? held : payee;
                }
                Mention compound = compound(s, parties, h);
                if (compound != null && frame == Frame.DEAL) {
                    payee = compound;
                }
                if (frame == Frame.DEAL && payee == null) {
                    payee = firstMarked(s, parties, h, Set.of("with"), false);
                    if (payee == payer) {
                        payee = null;
                    }
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
                Mention leader = firstAfter(s, parties, h, Set.of("led by"), false);
                if (frame == Frame.ACQUIRE && leader != null && leader != payee && leader != subject) {
                    // "to take the company private in a buyout led by Silver Lake": the leader buys
                    payee = payee != null ? payee : subject;
                    payer = leader;
                }
            }
            case SELL -> {
                if (s.tok(h.start()).lemmaIs("issue") && !ctx.containsKey(Context.EQUITY)) {
                    // a company issues statements and bonds too; only issued shares are an investment
                    return null;
                }
                // "X sold Y to Z" (Z buys Y), "X sells Z $30 billion of capacity" (Z buys from X)
                payer = firstAfter(s, parties, h, Set.of("to"), false);
                Mention next = firstAfter(s, parties, h, Set.of(), true);
                if (payer == null && next != null && next.start() <= h.end() + 1) {
                    payer = next;
                    next = null;
                }
                if (payer == null) {
                    return null;
                }
                payee = ctx.containsKey(Context.CLOUD)
                                || ctx.containsKey(Context.GOODS)
                                || next == null
                                || next == payer
                        ? subject
                        : next;
            }
            case CLOUD -> {
                payer = subject;
                payee = firstAfter(s, parties, h, Set.of("on", "with", "from", "to", "of", "at"), true);
            }
            case PROVIDE -> {
                if (moneyFollows(s, h) && !goods && !cloud) {
                    // "SoftBank will provide $30 billion of the total": money provided to the round in focus
                    Mention receiver = firstAfter(s, parties, h, Set.of("to", "in", "into"), false);
                    Mention funded = receiver != null ? receiver : topic;
                    if (subject == null || funded == null || subject.group().equals(funded.group())) {
                        return null;
                    }
                    return finish(s, h, parties, amounts, kindOf, DealType.INVESTMENT, subject, funded, Frame.INVEST);
                }
                payee = subject;
                payer = firstAfter(s, parties, h, Set.of("to", "for", "with"), true);
            }
            case PAY -> {
                payer = subject;
                // "paid for data-visualisation company Tableau": described names may lose their "for"
                payee = firstAfter(
                        s,
                        parties,
                        h,
                        Set.of("for"),
                        h.end() < s.size() && s.tok(h.end()).is("for"));
            }
            case PARTNER -> {
                List<Mention> distinct = distinctParties(parties);
                if (distinct.size() >= 2) {
                    payer = distinct.get(0);
                    payee = distinct.get(1);
                }
            }
        }
        // refine the type by what is bought
        // "agreed to issue and sell to NVIDIA … shares of our common stock": the issuer sells new shares
        boolean stake = ctx.containsKey(Context.EQUITY)
                || frame == Frame.SELL && OWN_SHARES.matcher(s.text()).find();
        boolean bought = frame == Frame.ACQUIRE
                && !s.tok(h.start()).lemmaIs("order", "deploy")
                && !goodsFromSeller(s, h, payee, parties);
        Double share = percentBought(s, h);
        if (bought && share != null) {
            // "buy up to 10% of AMD" is a minority investment, "buy 51% of Altera" a takeover
            type = share > 50 ? DealType.ACQUISITION : DealType.INVESTMENT;
        } else if (bought && strongAcquisition(s.tok(h.start())) && !stakeWord(s, h)) {
            type = DealType.ACQUISITION;
        } else if (bought && directObject(s, h, payee)) {
            type = DealType.ACQUISITION;
        } else if ((frame == Frame.ACQUIRE || frame == Frame.DEAL || frame == Frame.SELL) && stake) {
            type = ctx.containsKey(Context.CONTROL) ? DealType.ACQUISITION : DealType.INVESTMENT;
        } else if (frame == Frame.ACQUIRE
                || frame == Frame.DEAL
                || frame == Frame.PROVIDE
                || frame == Frame.CLOUD
                || frame == Frame.SELL && (cloud || goods)) {
            boolean buying = frame == Frame.ACQUIRE && s.tok(h.start()).pos().startsWith("VB");
            Mention host = frame == Frame.DEAL ? runsOn(s, h, parties, kindOf) : null;
            String counterpart = counterpartKind(buying ? null : payer, payee, kindOf);
            if (computePhrase(s, h) || frame == Frame.CLOUD && cloud) {
                type = DealType.CLOUD_COMMITMENT;
            } else if ((cloud || goods) && "CLOUD".equals(counterpart)) {
                type = DealType.CLOUD_COMMITMENT;
            } else if ((cloud || goods) && ("CHIP_MAKER".equals(counterpart) || "ENERGY".equals(counterpart))) {
                type = DealType.SUPPLY;
            } else if (cloud && !goodsCloser(ctx)) {
                type = DealType.CLOUD_COMMITMENT;
            } else if (goods) {
                type = DealType.SUPPLY;
            } else if (frame == Frame.CLOUD && isProvider(payee, kindOf)) {
                type = DealType.CLOUD_COMMITMENT;
            } else if (frame == Frame.DEAL && cloudCompanyDeal(payer, payee, kindOf)) {
                // "Microsoft strikes $9.7 billion pact with IREN": what a GPU cloud sells is compute
                type = DealType.CLOUD_COMMITMENT;
            } else if (frame == Frame.DEAL
                    && payer != null
                    && payee != null
                    && "AI_LAB".equals(kindOf.apply(payer.name()))
                    && sellsCloud(payee, kindOf)
                    && nearestAmount(s, h, amounts) != null) {
                // "OpenAI's reported $300 billion contract with Oracle": what a lab contracts a cloud seller for
                type = DealType.CLOUD_COMMITMENT;
            } else if (host != null) {
                // "a $38bn agreement with Amazon to run its AI systems on Amazon Web Services": bought cloud
                type = DealType.CLOUD_COMMITMENT;
                payee = host;
            } else if (frame == Frame.CLOUD || frame == Frame.PROVIDE || frame == Frame.DEAL) {
                return null;
            } else if (h.trigger().type() == DealType.SUPPLY) {
                return null;
            }
        }
        if (type == DealType.CLOUD_COMMITMENT && payee != null && !sellsCloud(payee, kindOf)) {
            // "use Nvidia graphics processors hosted by AWS": the cloud that hosts them is the provider
            Mention host = firstAfter(s, parties, h, Set.of("by", "by-other", "on"), false);
            if (host != null && host != payer && isProvider(host, kindOf)) {
                payee = host;
            }
        }
        if (type == DealType.CLOUD_COMMITMENT || type == DealType.SUPPLY) {
            // the provider or supplier is paid: put the company of a provider kind on the payee side
            // a cloud company outranks a group that owns one: Microsoft buys from Nebius, not the other way
            boolean payerProvides = supplierRank(payer, type, kindOf) > supplierRank(payee, type, kindOf);
            boolean payeeProvides = false;
            // "IREN agreed to buy $5.8 billion of GPUs from Dell": whoever buys pays, whatever its kind
            boolean buyer = frame == Frame.ACQUIRE && s.tok(h.start()).pos().startsWith("VB");
            if (payerProvides && !payeeProvides && payee != null && !buyer) {
                Mention t = payer;
                payer = payee;
                payee = t;
            }
            if (frame == Frame.ACQUIRE && payee == null) {
                payee = firstMarked(s, parties, h, Set.of("from", "by-other", "with"), false);
                if (payee == payer) {
                    payee = null;
                }
            }
        }
        if (frame == Frame.DEAL
                && exploratory(s, h)
                && amounts.stream().noneMatch(a -> a.use() == AmountMention.Use.DEAL && a.start() > h.start())) {
            // "an agreement with Dominion Energy to explore building a reactor": an alliance, no purchase yet
            type = DealType.PARTNERSHIP;
        }
        if (type == DealType.SUPPLY && payee != null && sellsCloud(payee, kindOf) && !onPremises(s)) {
            // chips such as TPUs or Trainium rented from a cloud group are a cloud service, not goods bought
            type = DealType.CLOUD_COMMITMENT;
        }
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
        if (!context(s, h).containsKey(Context.CLOUD) || !sellsCloud(investor, kindOf)) {
            return null;
        }
        Mention customer = subject(s, parties, h);
        if (customer == null || !customer.group().equals(funded.group())) {
            return null;
        }
        return finish(s, h, parties, amounts, kindOf, DealType.CLOUD_COMMITMENT, customer, investor, Frame.CLOUD);
    }

    private static boolean exploratory(Sentence s, Hit h) {
        for (int i = h.end(); i < Math.min(s.size() - 1, h.end() + 6); i++) {
            if (s.tok(i).is("to")
                    && s.tok(i + 1)
                            .lemmaIs(
                                    "explore",
                                    "study",
                                    "evaluate",
                                    "research",
                                    "collaborate",
                                    "co-develop",
                                    "jointly")) {
                return true;
            }
        }
        return false;
    }

    /** "for use in its own data centres": chips bought to run outside the seller's cloud. */
    private static boolean onPremises(Sentence s) {
        String t = s.text().toLowerCase(Locale.ROOT);
        return t.contains("own data cent") || t.contains("on-premises") || t.contains("on premises");
    }

    private static boolean sellsCloud(Mention m, Function<String, String> kindOf) {
        String kind = kindOf.apply(m.name());
        return "CLOUD".equals(kind) || CLOUD_OWNER.equals(kind);
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
        AmountMention amount = type == DealType.PARTNERSHIP ? null : nearestAmount(s, h, amounts);
        boolean needsAmount = s.tok(h.start()).lemmaIs("give", "promise", "hand", "put", "contribute");
        boolean payerless = frame == Frame.RAISE || frame == Frame.LEAD;
        if (payer == null && (type != DealType.INVESTMENT || amount == null || !payerless)
                || needsAmount && amount == null) {
            return null;
        }
        DealStatus status = status(s, h);
        double confidence = confidence(payer, payee, amount, frame);
        String valuation = amounts.stream()
                .filter(a -> a.use() == AmountMention.Use.VALUATION)
                .map(a -> a.amount().text())
                .findFirst()
                .orElse(null);
        return new Candidate(type, status, payer, payee, amount, s, h.start(), confidence, valuation);
    }

    /** "acquire $5.8 billion worth of GPUs … from Dell": goods named before the company they come from. */
    private boolean goodsFromSeller(Sentence s, Hit h, Mention payee, List<Mention> parties) {
        if (payee == null || payee.start() < h.end() || !"from".equals(mark(s, payee, parties))) {
            return false;
        }
        for (int i = h.end(); i < payee.start(); i++) {
            if (contextOf(s.tok(i).lower()) == Context.GOODS) {
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

    private static boolean strongAcquisition(Tok t) {
        return t.lemmaIs("acquire", "acquisition", "takeover", "buyout", "merger");
    }

    /**
     * "buy Slack for …", "buy chip designer Arm": the company right after the verb (after words that describe
     * it) is bought, unless goods follow its name ("buy Nvidia accelerators").
     */
    private boolean directObject(Sentence s, Hit h, Mention payee) {
        if (payee == null || payee.start() > h.end() + 6 || payee.start() < h.end()) {
            return false;
        }
        boolean described = false;
        boolean goods = false;
        for (int i = h.end(); i < payee.start(); i++) {
            Tok t = s.tok(i);
            if (t.word().matches("[$€£¥]|\\d.*")
                    || t.is("of", "from", "with", "to", "for", "stake", "shares", "stock")) {
                return false;
            }
            described |= DESCRIPTORS.contains(t.lower());
            goods |= contextOf(t.lower()) != null;
        }
        if (goods && !described) {
            return false;
        }
        // "purchase AWS services", "buy our unsold cloud capacity": the company's services are bought, but
        // "buy Intel's smartphone modem business" buys a business
        boolean services = false;
        for (int i = payee.end(); i < Math.min(s.size(), payee.end() + 6); i++) {
            Tok t = s.tok(i);
            if (t.pos().startsWith("IN")
                    || t.pos().startsWith("VB")
                    || !t.word().matches("[\\p{L}'-]+")) {
                break;
            }
            if (t.is("unit", "business", "division", "arm", "subsidiary", "operations", "stake")) {
                return true;
            }
            services |= contextOf(t.lower()) != null || t.is("services", "service", "capacity", "compute", "computing");
        }
        return !services;
    }

    /** The percentage right after a buying verb ("buy up to about 10% of AMD"), or null. */
    private static Double percentBought(Sentence s, Hit h) {
        if (h.end() + 1 < s.size()
                && s.tok(h.end()).is("all")
                && s.tok(h.end() + 1).is("of", "the")) {
            // "buy all of Seiyu's outstanding shares", "acquire all the shares of Beta": the whole company
            return 100.0;
        }
        for (int i = h.end(); i < Math.min(s.size() - 1, h.end() + 5); i++) {
            String w = s.tok(i).word();
            boolean percent = s.tok(i + 1).is("%", "percent", "per") || w.endsWith("%");
            String digits = w.replace("%", "");
            if (percent && digits.matches("\\d+(\\.\\d+)?")) {
                return Double.parseDouble(digits);
            }
        }
        return null;
    }

    private static boolean stakeWord(Sentence s, Hit h) {
        for (int i = h.start(); i < Math.min(s.size(), h.end() + 4); i++) {
            if (s.tok(i).is("stake", "stakes", "shares", "interest")) {
                return true;
            }
        }
        return false;
    }

    /** The kind of the party that would provide: a cloud, chip maker or energy company on either side. */
    private static String counterpartKind(Mention payer, Mention payee, Function<String, String> kindOf) {
        for (Mention m : new Mention[] {payee, payer}) {
            if (m == null) {
                continue;
            }
            String kind = kindOf.apply(m.name());
            if ("CLOUD".equals(kind) || "CHIP_MAKER".equals(kind) || "ENERGY".equals(kind)) {
                return kind;
            }
        }
        return null;
    }

    /** "computing capacity", "compute power", "cloud services": bought as a service, not as goods. */
    private static boolean computePhrase(Sentence s, Hit h) {
        for (int i = Math.max(0, h.start() - 4); i < Math.min(s.size() - 1, h.end() + 10); i++) {
            // "buy more than $10 billion of computing from Cerebras": compute bought as a service
            if (s.tok(i).is("of") && s.tok(i + 1).is("computing", "compute") && i > h.end()) {
                return true;
            }
            if (s.tok(i).is("computing", "compute", "cloud")
                    && s.tok(i + 1)
                            .is(
                                    "capacity",
                                    "power",
                                    "services",
                                    "service",
                                    "infrastructure",
                                    "contract",
                                    "deal",
                                    "agreement",
                                    "resources")) {
                return true;
            }
        }
        return false;
    }

    private static boolean goodsCloser(Map<Context, Integer> ctx) {
        Integer g = ctx.get(Context.GOODS);
        Integer c = ctx.get(Context.CLOUD);
        return g != null && c != null && g < c;
    }

    private static boolean cloudCompanyDeal(Mention payer, Mention payee, Function<String, String> kindOf) {
        if (payer == null || payee == null) {
            return false;
        }
        String a = kindOf.apply(payer.name());
        String b = kindOf.apply(payee.name());
        boolean oneCloud = "CLOUD".equals(a) != "CLOUD".equals(b);
        return oneCloud && !"CHIP_MAKER".equals(a) && !"CHIP_MAKER".equals(b);
    }

    /** The cloud a deal's systems are to run on ("to run its models on Amazon Web Services"), else null. */
    private static Mention runsOn(Sentence s, Hit h, List<Mention> parties, Function<String, String> kindOf) {
        for (int i = h.end(); i < Math.min(s.size(), h.end() + 12); i++) {
            if (s.tok(i).lemmaIs("run", "host", "train", "deploy", "operate")) {
                Mention on = firstAfter(s, parties, new Hit(i, i + 1, h.trigger()), Set.of("on"), false);
                return on != null && isProvider(on, kindOf) ? on : null;
            }
        }
        return null;
    }

    private static boolean isProvider(Mention m, Function<String, String> kindOf) {
        return m != null && "CLOUD".equals(kindOf.apply(m.name()));
    }

    private static int supplierRank(Mention m, DealType type, Function<String, String> kindOf) {
        if (m == null || !isSupplier(m, type, kindOf)) {
            return 0;
        }
        return CLOUD_OWNER.equals(kindOf.apply(m.name())) ? 1 : 2;
    }

    private static boolean isSupplier(Mention m, DealType type, Function<String, String> kindOf) {
        if (m == null) {
            return false;
        }
        String kind = kindOf.apply(m.name());
        return type == DealType.CLOUD_COMMITMENT
                ? "CLOUD".equals(kind) || CLOUD_OWNER.equals(kind)
                : "CHIP_MAKER".equals(kind) || "ENERGY".equals(kind);
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
            String mark = mark(s, m, parties);
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

    /** The first company in the sentence before the trigger written with a possessive ("Anthropic's"). */
    private static Mention possessor(Sentence s, List<Mention> parties, Hit h) {
        for (Mention m : parties) {
            if (m.end() < h.start() && possessive(s, m)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The doer after "by" of a passive trigger ("was handed $2 billion by Microsoft"). A "by" after another
     * participle describes someone else: "a contract with CoreWeave, the cloud provider backed by Nvidia".
     */
    private static Mention agent(Sentence s, List<Mention> parties, Hit h) {
        Mention m = firstAfter(s, parties, h, Set.of("by", "led by"), false);
        if (m == null) {
            return null;
        }
        for (int i = h.end(); i < m.start() - 1; i++) {
            Tok t = s.tok(i);
            if ((t.pos().equals("VBN") || t.pos().equals("VBD")) && !t.lemmaIs("lead", "co-lead")) {
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
            if (m.end() < h.start() && m.end() >= h.start() - 6 && possessive(s, m)) {
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

    /** "a $100 billion AWS pact", "its OpenAI investment": the company named right before a trigger noun. */
    private static Mention compound(Sentence s, List<Mention> parties, Hit h) {
        if (s.tok(h.start()).pos().startsWith("VB")) {
            return null;
        }
        for (Mention m : parties) {
            if (m.end() == h.start()
                    || m.end() == h.start() - 1 && s.tok(h.start() - 1).pos().startsWith("JJ")) {
                return m;
            }
        }
        return null;
    }

    /** "Samsung wins a chip contract from Tesla": the winner supplies. */
    private static boolean won(Sentence s, Hit h) {
        for (int i = h.start() - 1; i >= Math.max(0, h.start() - 5); i--) {
            if (s.tok(i).lemmaIs("win", "land", "secure")) {
                return true;
            }
        }
        return false;
    }

    /** The preposition that introduces a mention ("led by", "by", "in", …), or null for a bare noun phrase. */
    static boolean isPreposition(String lower) {
        return PREPOSITIONS.contains(lower);
    }

    static String mark(Sentence s, Mention m, List<Mention> parties) {
        if (m.reference()) {
            int p = m.start() - 1;
            return p >= 0 && PREPOSITIONS.contains(s.tok(p).lower()) ? s.tok(p).lower() : null;
        }
        int i = m.start() - 1;
        int skipped = 0;
        // "led by venture capital firm Accel": the words of a description before its describing noun are skipped
        boolean described = i >= 0 && DESCRIBING_NOUNS.contains(s.tok(i).lower());
        while (i >= 0 && skipped < 5) {
            Tok t = s.tok(i);
            if (PREPOSITIONS.contains(t.lower())) {
                if (t.is("after", "before", "as", "since", "than")
                        && m.end() < s.size()
                        && (s.tok(m.end()).pos().startsWith("VB")
                                || s.tok(m.end()).pos().equals("MD"))) {
                    // "a month after Amazon promised …": a conjunction before a clause's subject
                    return null;
                }
                if (t.is("by") && i > 0 && s.tok(i - 1).lemmaIs("lead", "co-lead", "head")) {
                    return "led by";
                }
                if (t.is("by")
                        && i > 0
                        && s.tok(i - 1)
                                .lemmaIs(
                                        "report",
                                        "say",
                                        "accord",
                                        "found",
                                        "co-found",
                                        "create",
                                        "publish",
                                        "own",
                                        "control",
                                        "run",
                                        "plan",
                                        "operate",
                                        "make",
                                        "produce",
                                        "manufacture",
                                        "build",
                                        "design",
                                        "develop",
                                        "arrange",
                                        "advise")) {
                    return "by-other";
                }
                return t.lower();
            }
            if (t.is("and", ",", "&", "or")) {
                if (possessive(s, m)) {
                    // "… investment in OpenAI and OpenAI's $300 billion contract": a possessor opens a new phrase
                    return null;
                }
                Mention previous = endingAt(parties, i);
                boolean enumeration = t.is("and", "&", "or")
                        || m.end() < s.size() && s.tok(m.end()).is(",", "and", "or");
                if (previous != null && enumeration) {
                    return mark(s, previous, parties);
                }
                return null;
            }
            if (!SKIPPABLE_POS.contains(t.pos()) || endingAt(parties, i + 1) != null && i + 1 != m.start()) {
                return null;
            }
            if (DATE_WORDS.contains(t.lower()) || t.word().matches("(19|20)\\d\\d")) {
                // "On Monday SoftBank agreed to buy …": the preposition belongs to the date, the name is bare
                return null;
            }
            boolean commonNoun = t.pos().equals("NN") || t.pos().equals("NNS");
            if (commonNoun
                    && !described
                    && !DESCRIPTORS.contains(t.lower())
                    && !DESCRIPTOR_EXTRAS.contains(t.lower())
                    && !t.word().contains("-")) {
                return null;
            }
            i--;
            skipped++;
        }
        return null;
    }

    private static Mention endingAt(List<Mention> parties, int tokenEnd) {
        for (Mention m : parties) {
            if (m.end() == tokenEnd) {
                return m;
            }
        }
        return null;
    }

    /**
     * The subject before the trigger: the nearest company before it that no preposition introduces and that
     * does not sit inside an apposition or parentheses ("Mistral AI, set up by researchers from Meta, raised").
     */
    private static Mention subject(Sentence s, List<Mention> parties, Hit h) {
        Mention clauseSubject = clauseSubject(s, parties, h);
        if (clauseSubject != null) {
            return clauseSubject;
        }
        for (int k = parties.size() - 1; k >= 0; k--) {
            Mention m = parties.get(k);
            if (m.end() > h.start() || parenthetical(s, m, h, parties)) {
                continue;
            }
            if (m.end() < h.start() && NOUN_TRIGGERS.contains(s.tok(m.end()).lemma())) {
                continue;
            }
            if (m.end() == h.start() && !s.tok(h.start()).pos().startsWith("VB")) {
                continue;
            }
            if (objectOfAnotherTrigger(s, m, h)) {
                continue;
            }
            if (possessive(s, m) && !(m.end() + 1 == h.start() || m.end() + 2 == h.start())) {
                continue;
            }
            String mark = mark(s, m, parties);
            if (mark == null || mark.equals("as")) {
                return m;
            }
        }
        // "Nvidia's plan to invest …": the possessor is the actor when nobody else is
        for (int k = parties.size() - 1; k >= 0; k--) {
            Mention m = parties.get(k);
            if (m.end() < h.start() && possessive(s, m) && mark(s, m, parties) == null && h.start() - m.end() <= 8) {
                return m;
            }
        }
        // "a commitment from Anthropic to purchase …", "an offer by Acme to buy …": who commits acts
        if (h.start() >= 2 && s.tok(h.start() - 1).is("to")) {
            for (Mention m : parties) {
                if (m.end() == h.start() - 1 && Set.of("from", "by").contains(mark(s, m, parties))) {
                    return m;
                }
            }
        }
        return null;
    }

    /**
     * "Freeport is set to leapfrog BHP as a copper producer with a deal to buy Phelps Dodge": the verb after "with a
     * deal to" belongs to the clause's subject, not to the company named last.
     */
    private static Mention clauseSubject(Sentence s, List<Mention> parties, Hit h) {
        int i = h.start() - 1;
        if (i < 2 || !s.tok(i).is("to") || !s.tok(h.start()).pos().startsWith("VB")) {
            return null;
        }
        int noun = i - 1;
        if (!s.tok(noun).lemmaIs("deal", "agreement", "offer", "bid", "pact", "move")) {
            return null;
        }
        int k = noun - 1;
        while (k >= 0 && s.tok(k).pos().matches("DT|JJ.*|CD|PRP\\$|\\$")) {
            k--;
        }
        if (k < 0 || !s.tok(k).is("with", "in", "through")) {
            return null;
        }
        int with = k;
        return parties.stream()
                .filter(m -> m.end() <= with && !m.reference())
                .filter(m -> mark(s, m, parties) == null && !possessive(s, m))
                .findFirst()
                .orElse(null);
    }

    /**
     * "buy Arm from SoftBank, and Analog Devices agreed to buy …": Arm is the first verb's object; but in "to deliver
     * the infrastructure, IREN will acquire …" the comma ends the first verb's object.
     */
    private static boolean objectOfAnotherTrigger(Sentence s, Mention m, Hit h) {
        for (Hit other : HITS.get()) {
            if (other.start() != h.start()
                    && other.end() <= m.start()
                    && m.start() - other.end() <= 3
                    && s.tok(other.start()).pos().startsWith("VB")
                    && !commaBetween(s, other.end(), m.start())) {
                return true;
            }
        }
        return false;
    }

    private static boolean commaBetween(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.tok(i).is(",", ";")) {
                return true;
            }
        }
        return false;
    }

    /** "buy Carlyle's France-based Saverglass": the company owned, named within a few words of its owner. */
    private static Mention possessed(Sentence s, List<Mention> parties, Mention owner) {
        if (!possessive(s, owner)) {
            return null;
        }
        for (Mention m : parties) {
            if (m.start() > owner.end() && m.start() <= owner.end() + 4 && !m.reference()) {
                for (int i = owner.end() + 1; i < m.start(); i++) {
                    if (s.tok(i).pos().startsWith("VB") || s.tok(i).is(",", "and")) {
                        return null;
                    }
                }
                return m;
            }
        }
        return null;
    }

    static boolean possessive(Sentence s, Mention m) {
        return m.end() < s.size() && s.tok(m.end()).is("'s", "’s", "'");
    }

    private static boolean parenthetical(Sentence s, Mention m, Hit h, List<Mention> parties) {
        int open = -1;
        for (int i = m.start() - 1; i >= 0; i--) {
            if (s.tok(i).is(",", "(", "-lrb-", "—", "–")) {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        int close = -1;
        for (int i = m.end(); i < h.start(); i++) {
            if (s.tok(i).is(",", ")", "-rrb-", "—", "–")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return false;
        }
        if (s.tok(open).is("(", "-lrb-")) {
            return true;
        }
        for (Mention head : parties) {
            if (head.end() == open && head != m) {
                return true;
            }
        }
        return false;
    }

    private static Mention firstAfter(Sentence s, List<Mention> parties, Hit h, Set<String> marks, boolean bare) {
        for (Mention m : parties) {
            // "its"/"their" usually point back at the actor; a filer's "our" can be the other party
            if (m.start() < h.end()
                    || m.reference() && m.end() < s.size() && s.tok(m.start()).is("its", "their")) {
                continue;
            }
            String mark = mark(s, m, parties);
            boolean sameClause = true;
            for (int i = h.end(); i < m.start() && sameClause; i++) {
                sameClause = !s.tok(i).is(",", ";");
            }
            // a bare name after a comma starts another clause ("Thrive contributed $1.25 billion, SoftBank put in …")
            if (mark == null ? bare && sameClause && m.start() <= h.end() + 6 : marks.contains(mark)) {
                Mention owned = possessed(s, parties, m);
                return owned != null ? owned : m;
            }
        }
        return null;
    }

    private static Mention firstMarked(Sentence s, List<Mention> parties, Hit h, Set<String> marks, boolean before) {
        for (Mention m : parties) {
            if (before && m.start() >= h.start()) {
                continue;
            }
            String mark = mark(s, m, parties);
            if (mark != null && marks.contains(mark)) {
                return m;
            }
        }
        return null;
    }

    /** Context words in the sentence with their distance from the trigger. */
    private Map<Context, Integer> context(Sentence s, Hit h) {
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

    private Context contextOf(String word) {
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

    private static AmountMention nearestAmount(Sentence s, Hit h, List<AmountMention> amounts) {
        AmountMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (AmountMention a : amounts) {
            if (a.use() != AmountMention.Use.DEAL && a.use() != AmountMention.Use.CUMULATIVE) {
                continue;
            }
            int d = a.start() >= h.end() ? a.start() - h.end() : h.start() - a.end() + 2;
            int from = Math.min(a.start(), h.start());
            int to = Math.max(a.end(), h.end());
            boolean crossesVerb = HITS.get().stream()
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

    DealStatus status(Sentence s, Hit h) {
        // the month "May" is no hedge
        String text = " "
                + String.join(
                        " ",
                        s.toks().stream()
                                .map(t -> t.word().equals("May") ? "may-month" : t.lower())
                                .toList())
                + " ";
        DealStatus best = null;
        for (String[] cue : statusCues) {
            if (text.contains(" " + cue[0] + " ")) {
                DealStatus st = DealStatus.valueOf(cue[1]);
                if (best == null || rank(st) > rank(best)) {
                    best = st;
                }
            }
        }
        if (best == null && s.tok(h.start()).pos().equals("VBD")) {
            best = DealStatus.COMPLETED;
        }
        return best == null ? DealStatus.ANNOUNCED : best;
    }

    private static int rank(DealStatus s) {
        return switch (s) {
            case DENIED -> 4;
            case REPORTED_TALKS -> 3;
            case COMPLETED -> 2;
            case ANNOUNCED -> 1;
        };
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
