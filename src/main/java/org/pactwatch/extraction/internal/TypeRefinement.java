package org.pactwatch.extraction.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.extraction.internal.DealRules.Context;
import org.pactwatch.extraction.internal.DealRules.Frame;
import org.pactwatch.extraction.internal.DealRules.Hit;

/** Refines a deal's type by what is bought (cloud, goods, equity, control) and who sells it. */
final class TypeRefinement {

    private static final java.util.regex.Pattern OWN_SHARES = java.util.regex.Pattern.compile(
            "(?i)\\b(shares of (our|its|the company's) (class \\w+ )?(common )?stock|new shares)\\b");

    /** The type and parties after refinement. */
    record Typed(DealType type, Mention payer, Mention payee) {}

    private final ContextWords contextWords;

    TypeRefinement(ContextWords contextWords) {
        this.contextWords = contextWords;
    }

    /** The deal's type by what the sentence says is bought, with the parties that implies, or null for no deal. */
    Typed refine(
            Sentence s,
            Hit h,
            List<Mention> parties,
            List<AmountMention> amounts,
            Function<String, String> kindOf,
            Map<Context, Integer> ctx,
            Mention payer,
            Mention payee) {
        Frame frame = h.trigger().frame();
        DealType type = h.trigger().type();
        boolean goods = ctx.containsKey(Context.GOODS);
        boolean cloud = ctx.containsKey(Context.CLOUD);
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
        } else if (s.tok(h.start()).lemmaIs("stake") && wholeOrControllingStake(s, h)) {
            // "acquired a 100% equity stake in X", "the remaining 55% stake in Y": the buyer ends up owning it
            type = DealType.ACQUISITION;
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
                    && AmountChoice.nearestAmount(s, h, amounts) != null) {
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
            Mention host = SubjectsAndObjects.firstAfter(s, parties, h, Set.of("by", "by-other", "on"), false);
            if (host != null && host != payer && isProvider(host, kindOf)) {
                payee = host;
            }
        }
        if (type == DealType.CLOUD_COMMITMENT || type == DealType.SUPPLY) {
            // the provider or supplier is paid: put the company of a provider kind on the payee side
            // a cloud company outranks a group that owns one: Microsoft buys from Nebius, not the other way
            boolean payerProvides = supplierRank(payer, type, kindOf) > supplierRank(payee, type, kindOf);
            // "IREN agreed to buy $5.8 billion of GPUs from Dell": whoever buys pays, whatever its kind
            boolean buyer = frame == Frame.ACQUIRE && s.tok(h.start()).pos().startsWith("VB");
            if (payerProvides && payee != null && !buyer) {
                Mention t = payer;
                payer = payee;
                payee = t;
            }
            if (frame == Frame.ACQUIRE && payee == null) {
                payee = SubjectsAndObjects.counterpart(s, parties, h, Set.of("from", "by-other", "with"), payer);
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
        return new Typed(type, payer, payee);
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

    static boolean sellsCloud(Mention m, Function<String, String> kindOf) {
        String kind = kindOf.apply(m.name());
        return "CLOUD".equals(kind) || DealRules.CLOUD_OWNER.equals(kind);
    }

    /** "acquire $5.8 billion worth of GPUs … from Dell": goods named before the company they come from. */
    private boolean goodsFromSeller(Sentence s, Hit h, Mention payee, List<Mention> parties) {
        if (payee == null || payee.start() < h.end() || !"from".equals(Marks.mark(s, payee, parties))) {
            return false;
        }
        for (int i = h.end(); i < payee.start(); i++) {
            if (contextWords.contextOf(s.tok(i).lower()) == Context.GOODS) {
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
        // "CNOOC's purchase of Canadian energy company Nexen": the "of" after a noun trigger marks what is bought
        boolean nounTrigger = !s.tok(h.start()).pos().startsWith("VB");
        for (int i = h.end(); i < payee.start(); i++) {
            Tok t = s.tok(i);
            boolean objectOf = nounTrigger && i == h.end() && t.is("of");
            if (t.word().matches("[$€£¥]|\\d.*")
                    || !objectOf && t.is("of", "from", "with", "to", "for", "stake", "shares", "stock")) {
                return false;
            }
            described |= Marks.DESCRIPTORS.contains(t.lower());
            goods |= contextWords.contextOf(t.lower()) != null;
        }
        if (goods && !described) {
            return false;
        }
        // "purchase AWS services", "buy our unsold cloud capacity": the company's services are bought, but
        // "buy Intel's smartphone modem business" buys a business
        boolean services = false;
        int after = payee.end();
        if (after < s.size() && s.tok(after).is("(")) {
            // "Intel (NASDAQ:INTC) common stock": the ticker in parentheses is skipped
            while (after < s.size() && !s.tok(after).is(")")) {
                after++;
            }
            after++;
        }
        for (int i = after; i < Math.min(s.size(), after + 6); i++) {
            Tok t = s.tok(i);
            if (t.pos().startsWith("IN")
                    || t.pos().startsWith("VB")
                    || !t.word().matches("[\\p{L}'-]+")) {
                break;
            }
            if (t.is("unit", "business", "division", "arm", "subsidiary", "operations", "stake")) {
                return true;
            }
            if (t.is("stock", "shares", "equity")) {
                // "its $5 billion purchase of Intel common stock" buys shares, not the company
                return false;
            }
            services |= contextWords.contextOf(t.lower()) != null
                    || t.is("services", "service", "capacity", "compute", "computing");
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
            Double percent = percentAt(s, i);
            if (percent != null) {
                return percent;
            }
        }
        return null;
    }

    /** The percentage written at token i ("51%", "51 %", "51 percent", "51 per cent"), or null. */
    private static Double percentAt(Sentence s, int i) {
        String w = s.tok(i).word();
        boolean percent = w.endsWith("%") || i + 1 < s.size() && s.tok(i + 1).is("%", "percent", "per");
        String digits = w.replace("%", "");
        return percent && digits.matches("\\d+(\\.\\d+)?") ? Double.parseDouble(digits) : null;
    }

    /** A stake of more than half, or the rest of a company ("the remaining 10% stake"), stated before the word. */
    private static boolean wholeOrControllingStake(Sentence s, Hit h) {
        int from = h.start();
        while (from > Math.max(0, h.start() - 5) && !s.tok(from - 1).is("in", "of", "for", ",", "and")) {
            from--;
        }
        Double percent = null;
        for (int i = from; i < h.start(); i++) {
            if (s.tok(i).is("remaining")) {
                return true;
            }
            Double stated = percentAt(s, i);
            if (stated != null) {
                percent = stated;
            }
        }
        return percent != null && percent > 50;
    }

    static boolean stakeWord(Sentence s, Hit h) {
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
                Mention on =
                        SubjectsAndObjects.firstAfter(s, parties, new Hit(i, i + 1, h.trigger()), Set.of("on"), false);
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
        return DealRules.CLOUD_OWNER.equals(kindOf.apply(m.name())) ? 1 : 2;
    }

    private static boolean isSupplier(Mention m, DealType type, Function<String, String> kindOf) {
        if (m == null) {
            return false;
        }
        String kind = kindOf.apply(m.name());
        return type == DealType.CLOUD_COMMITMENT
                ? "CLOUD".equals(kind) || DealRules.CLOUD_OWNER.equals(kind)
                : "CHIP_MAKER".equals(kind) || "ENERGY".equals(kind);
    }
}
