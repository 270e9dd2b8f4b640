package org.pactwatch.deal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pactwatch.extraction.ExtractedDeal;
import org.pactwatch.extraction.ExtractedDeal.Amount;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.extraction.ExtractedDeal.Qualifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The clustering rules without a database: the labelled sample corpus clustered in many arrival orders (always
 * the same deals), and the rules one by one.
 */
class MentionClusteringTest {

    static final Path CORPUS = Path.of("data/clustering/sample-mentions.jsonl");

    private final JsonMapper json = JsonMapper.builder().build();

    /** A corpus mention with its label, and the neighbourhood it falls in. */
    private record Labelled(ClusterMention mention, String id, String gold, String hood) {}

    @Test
    void theSampleCorpusClustersToTheSameDealsInEveryArrivalOrder() throws IOException {
        List<Labelled> corpus = corpus();
        Set<Set<String>> first = partition(cluster(corpus));
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            List<Labelled> shuffled = new ArrayList<>(corpus);
            Collections.shuffle(shuffled, random);
            assertThat(partition(cluster(shuffled))).isEqualTo(first);
        }
    }

    @Test
    void theSampleCorpusPrintsItsDifferences() throws IOException {
        List<Labelled> corpus = corpus();
        Map<String, Integer> dealOf = cluster(corpus);
        long tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < corpus.size(); i++) {
            for (int j = i + 1; j < corpus.size(); j++) {
                boolean gold = corpus.get(i).gold().equals(corpus.get(j).gold());
                boolean same = dealOf.get(corpus.get(i).id())
                        .equals(dealOf.get(corpus.get(j).id()));
                tp += gold && same ? 1 : 0;
                fp += !gold && same ? 1 : 0;
                fn += gold && !same ? 1 : 0;
            }
        }
        System.out.printf(
                "rules on the corpus: TP %d FP %d FN %d precision %.3f recall %.3f%n",
                tp, fp, fn, tp / (double) (tp + fp), tp / (double) (tp + fn));
        Map<String, List<String>> byGold = new LinkedHashMap<>();
        corpus.forEach(
                l -> byGold.computeIfAbsent(l.gold(), g -> new ArrayList<>()).add(l.id() + "→" + dealOf.get(l.id())));
        byGold.forEach((gold, members) -> {
            if (members.stream()
                            .map(m -> m.substring(m.indexOf('→')))
                            .distinct()
                            .count()
                    > 1) {
                System.out.println("  split " + gold + " " + members);
            }
        });
        Map<Integer, List<String>> byDeal = new LinkedHashMap<>();
        corpus.forEach(l -> byDeal.computeIfAbsent(dealOf.get(l.id()), d -> new ArrayList<>())
                .add(l.id() + "=" + l.gold()));
        byDeal.forEach((deal, members) -> {
            if (members.stream()
                            .map(m -> m.substring(m.indexOf('=')))
                            .distinct()
                            .count()
                    > 1) {
                System.out.println("  joined " + deal + " " + members);
            }
        });
        assertThat(tp).isPositive();
    }

    @Test
    void amountsCompareAsRanges() {
        assertThat(ClusteringRules.amountsCompatible(usd(Qualifier.UP_TO, 4e9), usd(Qualifier.EXACT, 4e9)))
                .isTrue();
        assertThat(ClusteringRules.amountsCompatible(usd(Qualifier.MORE_THAN, 1e11), usd(Qualifier.EXACT, 1.2e11)))
                .isTrue();
        assertThat(ClusteringRules.amountsCompatible(usd(Qualifier.MORE_THAN, 1e11), usd(Qualifier.EXACT, 8e9)))
                .isFalse();
        assertThat(ClusteringRules.amountsCompatible(usd(Qualifier.ABOUT, 2e9), usd(Qualifier.EXACT, 2.15e9)))
                .isTrue();
        assertThat(ClusteringRules.amountsCompatible(usd(Qualifier.EXACT, 4e9), usd(Qualifier.EXACT, 4.3e9)))
                .isFalse();
        assertThat(ClusteringRules.amountsCompatible(usd(Qualifier.EXACT, 4e9), null))
                .isTrue();
    }

    @Test
    void aSubsidiaryIsTheSamePartyAsItsParentButNotAsItsSibling() {
        List<Long> amazon = List.of(1L);
        List<Long> aws = List.of(2L, 1L);
        List<Long> annapurna = List.of(3L, 1L);
        assertThat(ClusteringRules.sameCompany(aws, amazon)).isTrue();
        assertThat(ClusteringRules.sameCompany(amazon, aws)).isTrue();
        assertThat(ClusteringRules.sameCompany(aws, annapurna)).isFalse();
        assertThat(ClusteringRules.sameCompany(List.of(), aws)).isFalse();
    }

    @Test
    void cuesTellRestatementsFollowOnsAndRounds() {
        ClusteringCues cues = ClusteringCues.standard();
        assertThat(cues.restates("Microsoft invested $1 billion in OpenAI in 2019.", 2021))
                .isTrue();
        assertThat(cues.restates("the previously announced agreement", 2021)).isTrue();
        assertThat(cues.restates("Microsoft will invest $1 billion in OpenAI.", 2019))
                .isFalse();
        assertThat(cues.followOn("Amazon will invest another $4 billion in Anthropic", "$4 billion"))
                .isTrue();
        assertThat(cues.followOn("up to $20 billion more to follow", "up to $20 billion"))
                .isTrue();
        assertThat(cues.followOn("commit more than $100 billion to AWS", "more than $100 billion"))
                .isFalse();
        assertThat(cues.followOn("another deal: it will invest $4 billion", "$4 billion"))
                .isFalse();
        assertThat(ClusteringCues.round("raised $6 billion in a Series C round"))
                .isEqualTo("series c");
    }

    @Test
    void cuesTellTranchesAndProvisionalFigures() {
        ClusteringCues cues = ClusteringCues.standard();
        assertThat(cues.partOf("invested an additional $2.75 billion, completing the up-to-$4 billion commitment"))
                .isTrue();
        assertThat(cues.partOf("Amazon will invest $4 billion in Anthropic")).isFalse();
        assertThat(cues.provisional("a round of about $2 billion that Anthropic is raising"))
                .isTrue();
        assertThat(cues.provisional("Anthropic raised $3.5 billion")).isFalse();
        assertThat(cues.followOn("expanded its contract with CoreWeave by up to $4 billion", "up to $4 billion"))
                .isTrue();
    }

    @Test
    void aTrancheJoinsTheWholeAndATalksFigureMayGrowButNotShrink() {
        ClusterMention whole = mention(1, "2023-09-25", usd(Qualifier.UP_TO, 4e9), false, false);
        ClusterMention tranche = mention(2, "2024-03-27", usd(Qualifier.EXACT, 2.75e9), true, false);
        ClusterMention bigger = mention(3, "2024-03-27", usd(Qualifier.EXACT, 5e9), true, false);
        assertThat(ClusteringRules.pairCompatible(whole, tranche)).isTrue();
        assertThat(ClusteringRules.pairCompatible(whole, bigger)).isFalse();

        ClusterMention talks = mention(4, "2025-12-17", usd(Qualifier.MORE_THAN, 1e10), false, true);
        ClusterMention agreed = mention(5, "2026-02-27", usd(Qualifier.EXACT, 5e10), false, false);
        ClusterMention smaller = mention(6, "2026-02-27", usd(Qualifier.EXACT, 5e9), false, false);
        ClusterMention earlier = mention(7, "2025-11-01", usd(Qualifier.EXACT, 5e10), false, false);
        assertThat(ClusteringRules.pairCompatible(talks, agreed)).isTrue();
        assertThat(ClusteringRules.pairCompatible(talks, smaller)).isFalse();
        assertThat(ClusteringRules.pairCompatible(talks, earlier)).isFalse();
    }

    @Test
    void aFigurelessCitationJoinsTheOnlyEarlierDealWithinHalfAYearAndStaysApartWhenThereAreTwo() {
        ClusterMention deal = mention(1, "2023-10-27", usd(Qualifier.MORE_THAN, 3e9), false, false);
        ClusterMention citation = mention(2, "2024-03-27", null, false, false);
        assertThat(groupsOf(List.of(deal, citation))).hasSize(1);

        ClusterMention older = mention(3, "2023-10-01", usd(Qualifier.EXACT, 3e8), false, false);
        assertThat(groupsOf(List.of(older, deal, citation))).hasSize(3);

        ClusterMention before = mention(4, "2023-05-01", null, false, false);
        assertThat(groupsOf(List.of(deal, before))).hasSize(2);
    }

    private static List<MentionClustering.Group> groupsOf(List<ClusterMention> mentions) {
        return MentionClustering.cluster(mentions);
    }

    /** A mention of one fixed pair of parties (investment), one per document. */
    private static ClusterMention mention(long doc, String date, Amount amount, boolean partOf, boolean provisional) {
        ExtractedDeal deal = new ExtractedDeal(
                DealType.INVESTMENT, null, null, null, amount, null, null, 1.0, List.of(), List.of(), false, List.of());
        return new ClusterMention(
                null,
                doc,
                0,
                new MentionPayload(deal, 1L, 2L, LocalDate.parse(date)),
                null,
                null,
                List.of(1L),
                List.of(2L),
                false,
                false,
                partOf,
                provisional,
                null);
    }

    private static Amount usd(Qualifier q, double value) {
        var v = java.math.BigDecimal.valueOf(value);
        return new Amount("", "USD", v, null, null, q, v);
    }

    private List<Labelled> corpus() throws IOException {
        Map<String, String> parents = new HashMap<>();
        Map<String, Long> ids = new HashMap<>();
        List<Labelled> corpus = new ArrayList<>();
        Map<String, Long> documents = new HashMap<>();
        ClusteringCues cues = ClusteringCues.standard();
        int seq = 0;
        for (String line : Files.readAllLines(CORPUS, StandardCharsets.UTF_8)) {
            JsonNode node = json.readTree(line);
            if (node.has("company")) {
                String parent =
                        node.get("parent").isNull() ? null : node.get("parent").asString();
                parents.put(node.get("company").asString(), parent);
                ids.put(node.get("company").asString(), (long) ids.size() + 1);
                continue;
            }
            ExtractedDeal deal = json.treeToValue(node.get("deal"), ExtractedDeal.class);
            LocalDate published = LocalDate.parse(node.get("published").asString());
            long doc = documents.computeIfAbsent(node.get("document").asString(), d -> (long) documents.size() + 1);
            List<Long> payer = chain(deal.payer(), parents, ids);
            List<Long> payee = chain(deal.payee(), parents, ids);
            String text =
                    deal.evidence().stream().map(ExtractedDeal.Evidence::text).collect(Collectors.joining(" "));
            LocalDate date = deal.date() != null ? deal.date() : published;
            ClusterMention m = new ClusterMention(
                    null,
                    doc,
                    seq++,
                    new MentionPayload(deal, payer.isEmpty() ? null : payer.getFirst(), null, date),
                    null,
                    null,
                    payer,
                    payee,
                    "FILING".equals(node.get("kind").asString()) || cues.restates(text, published.getYear()),
                    cues.followOn(
                            text, deal.amount() == null ? null : deal.amount().text()),
                    cues.partOf(text),
                    deal.status() == ExtractedDeal.DealStatus.REPORTED_TALKS || cues.provisional(text),
                    ClusteringCues.round(text));
            long a = payer.isEmpty() ? 0 : payer.getLast();
            long b = payee.isEmpty() ? 0 : payee.getLast();
            if (deal.type() == DealType.PARTNERSHIP && a > b) {
                long t = a;
                a = b;
                b = t;
            }
            corpus.add(new Labelled(
                    m, node.get("mention").asString(), node.get("gold").asString(), deal.type() + ":" + a + ":" + b));
        }
        return corpus;
    }

    private static List<Long> chain(ExtractedDeal.Party party, Map<String, String> parents, Map<String, Long> ids) {
        List<Long> chain = new ArrayList<>();
        String name = party == null ? null : party.name();
        while (name != null && chain.size() < 10) {
            chain.add(ids.get(name));
            name = parents.get(name);
        }
        return chain;
    }

    /** Clusters each neighbourhood; answers a deal number per mention. */
    private static Map<String, Integer> cluster(List<Labelled> corpus) {
        Map<String, List<Labelled>> hoods = new LinkedHashMap<>();
        corpus.forEach(
                l -> hoods.computeIfAbsent(l.hood(), h -> new ArrayList<>()).add(l));
        Map<ClusterMention, String> idOf = new HashMap<>();
        corpus.forEach(l -> idOf.put(l.mention(), l.id()));
        Map<String, Integer> dealOf = new HashMap<>();
        int deal = 0;
        for (List<Labelled> hood : hoods.values()) {
            for (MentionClustering.Group g : MentionClustering.cluster(
                    hood.stream().map(Labelled::mention).toList())) {
                deal++;
                for (ClusterMention m : g.members) {
                    dealOf.put(idOf.get(m), deal);
                }
            }
        }
        return dealOf;
    }

    private static Set<Set<String>> partition(Map<String, Integer> dealOf) {
        Map<Integer, Set<String>> byDeal = new HashMap<>();
        dealOf.forEach((m, d) -> byDeal.computeIfAbsent(d, x -> new HashSet<>()).add(m));
        return new HashSet<>(byDeal.values());
    }
}
