package org.pactwatch.extraction.internal;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.extraction.ExtractedDeal.Evidence;
import org.pactwatch.extraction.internal.DealRules.Candidate;

/**
 * A filing's merger agreement: "the Company entered into an Agreement and Plan of Merger with Oranje Holdco
 * ("Parent") and Oranje Merger Sub … Merger Sub will merge with and into the Company … Parent and Merger Sub are
 * affiliates of Vista Equity Partners". The registrant is the company bought, and the buyer is the sponsor behind
 * Parent ("our acquisition by Thoma Bravo"), else Parent, else unnamed. The sentence rules read "entered into a
 * merger agreement with Parent" the other way round; this reading replaces theirs.
 */
final class MergerAgreements {

    static final String ORIGIN = "origin=merger-agreement";

    private static final Pattern REGISTRANT_BOUGHT = Pattern.compile(
            "\\bMerger Sub (?:will |would |shall )?merge with and into (?:the Company|us)\\b"
                    + "|\\b(?:our|the Company['’]s) acquisition by\\b"
                    + "|\\bthe Company surviving (?:the Merger )?as an? (?:direct |indirect )?wholly[- ]owned subsidiary of Parent");

    private static final Pattern ACQUIRED_BY =
            Pattern.compile("\\b(?:our|the Company['’]s) acquisition by (?:the |an? )?(?:[\\p{Ll}-]+ ){0,5}");

    private static final Pattern SPONSOR = Pattern.compile(
            "\\bParent(?: and Merger Sub)? (?:is|are) (?:each )?(?:an? )?(?:affiliates? of|controlled by|(?:wholly )?owned by)"
                    + " (?:(?:investment )?funds (?:managed|advised) by )?");

    /** "an all cash transaction valued at $4.6 billion on an equity value basis": the agreement's stated price. */
    private static final Pattern PRICE_CUE = Pattern.compile(
            "\\b(?:valued at|equity value|enterprise value|transaction value|aggregate (?:consideration|purchase price))\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PARENT_DEFINED = Pattern.compile("\\((?:the )?[“\"]Parent[”\"]\\)");

    private final Mention registrant;
    private Sentence bought;
    private int boughtAt;
    private AmountMention price;
    private List<Mention> boughtMentions = List.of();
    private Mention acquiredBy;
    private Mention sponsor;
    private Mention parent;

    MergerAgreements(Mention registrant) {
        this.registrant = registrant;
    }

    void read(Sentence s, List<Mention> mentions, List<AmountMention> amounts) {
        if (registrant == null) {
            return;
        }
        String text = s.text();
        Matcher sale = REGISTRANT_BOUGHT.matcher(text);
        if (bought == null && sale.find()) {
            bought = s;
            boughtAt = s.tokenAt(s.begin() + sale.start());
            boughtMentions = mentions;
        }
        if (price == null && PRICE_CUE.matcher(text).find()) {
            price = amounts.stream()
                    .filter(a -> a.use() == AmountMention.Use.DEAL)
                    .findFirst()
                    .orElse(null);
        }
        Matcher by = ACQUIRED_BY.matcher(text);
        if (acquiredBy == null && by.find()) {
            acquiredBy = nameAt(s, mentions, by.end());
        }
        Matcher behind = SPONSOR.matcher(text);
        if (sponsor == null && behind.find()) {
            sponsor = nameAt(s, mentions, behind.end());
        }
        Matcher defined = PARENT_DEFINED.matcher(text);
        if (parent == null && defined.find()) {
            int at = s.tokenAt(s.begin() + defined.start());
            parent = mentions.stream()
                    .filter(m -> !m.reference() && m.end() <= at)
                    .reduce((first, second) -> second)
                    .orElse(null);
        }
    }

    /** Puts the registrant's sale in place of the sentence rules' readings of the same agreement. */
    void settle(DocumentDeals deals, Function<String, String> kindOf) {
        if (bought == null) {
            return;
        }
        Mention buyer = acquiredBy != null ? acquiredBy : sponsor != null ? sponsor : parent;
        DealBuilder sale = null;
        for (DealBuilder d : deals.all()) {
            if (d.type != DealType.ACQUISITION) {
                continue;
            }
            if (d.payer != null && d.payer.group().equals(registrant.group())) {
                d.dropped = true;
            } else if (d.payee.group().equals(registrant.group()) && sale == null) {
                sale = d;
            }
        }
        if (sale != null) {
            if (buyer != null) {
                sale.payer = buyer;
            }
            if (sale.amount == null && price != null) {
                sale.amount = price.amount();
            }
            sale.features = read(sale.features);
            return;
        }
        Candidate c = new Candidate(
                DealType.ACQUISITION, DealStatus.ANNOUNCED, buyer, registrant, price, bought, boughtAt, 0.8, null);
        DealBuilder d = new DealBuilder(
                c,
                new Evidence(bought.text(), bought.begin(), bought.end()),
                price == null ? null : price.amount(),
                deals.published(),
                null);
        d.features = read(DealFeatures.of(c, boughtMentions, kindOf));
        deals.all().add(d);
    }

    /** The features marked as this reading's, which the candidate scorer leaves alone. */
    private static List<String> read(List<String> features) {
        List<String> marked = new java.util.ArrayList<>(features);
        marked.add(ORIGIN);
        return marked;
    }

    private static Mention nameAt(Sentence s, List<Mention> mentions, int charEnd) {
        int at = s.tokenAt(s.begin() + charEnd);
        return mentions.stream()
                .filter(m -> !m.reference() && m.start() == at)
                .findFirst()
                .orElse(null);
    }
}
