package org.pactwatch.deal.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.pactwatch.company.CompanyResolver;
import org.pactwatch.deal.ReviewState;
import org.pactwatch.extraction.ExtractedDeal;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.extraction.ExtractedDeal.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one document's extracted deals into mentions and re-clusters every neighbourhood they touch — the
 * mentions of one type whose parties share their top parent companies — from all of its mentions, by
 * {@link MentionClustering} and {@link ClusteringRules}. The outcome depends on the set of mentions, not on the
 * order documents arrive in. Mentions of a deal an analyst reviewed (confirmed, edited, rejected, merged or split)
 * stay in it, and so do the re-extracted mentions of the same document; a deal's id follows most of its mentions.
 */
@Component
class DealClusterer {

    /** Serializes clustering across documents, so two reports of one deal never found two deals. */
    private static final long CLUSTER_LOCK = 0x70616374L;

    private final JdbcClient jdbc;
    private final CompanyResolver resolver;
    private final JsonMapper json;
    private final DealRefresher refresher;
    private final ClusteringCues cues = ClusteringCues.standard();

    DealClusterer(JdbcClient jdbc, CompanyResolver resolver, JsonMapper json, DealRefresher refresher) {
        this.jdbc = jdbc;
        this.resolver = resolver;
        this.json = json;
        this.refresher = refresher;
    }

    /** A mention of a previous extraction of the document, and the live deal it belonged to. */
    private record OldMention(MentionPayload payload, long dealId) {}

    /** One type and the top parents of payer and payee (0: none; partnerships in ascending order). */
    private record Neighbourhood(DealType type, long payerRoot, long payeeRoot) implements Comparable<Neighbourhood> {
        @Override
        public int compareTo(Neighbourhood o) {
            return Comparator.comparing(Neighbourhood::type)
                    .thenComparingLong(Neighbourhood::payerRoot)
                    .thenComparingLong(Neighbourhood::payeeRoot)
                    .compare(this, o);
        }
    }

    /** What clustering needs of the document a mention comes from. */
    private record DocumentFacts(String kind, LocalDate published) {}

    /**
     * Replaces the document's mentions with those of {@code deals} and re-clusters their neighbourhoods; returns
     * every deal touched (including deals deleted because no mention is left).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Long> replaceMentions(long documentId, LocalDate published, List<ExtractedDeal> deals) {
        jdbc.sql("select pg_advisory_xact_lock(:key)")
                .param("key", CLUSTER_LOCK)
                .query()
                .singleRow();
        CompanyChains chains = new CompanyChains(jdbc);
        DocumentFacts document = document(documentId, published);
        List<OldMention> old = oldMentions(documentId);
        Set<Long> touched = new LinkedHashSet<>();
        Set<Neighbourhood> neighbourhoods = new TreeSet<>();
        for (OldMention m : old) {
            touched.add(m.dealId());
            neighbourhoods.add(neighbourhood(m.payload(), chains));
        }
        for (String table : List.of("evidence", "deal_term", "deal_mention")) {
            jdbc.sql("delete from " + table + " where document_id = :id")
                    .param("id", documentId)
                    .update();
        }
        Map<Neighbourhood, List<ClusterMention>> fresh = new HashMap<>();
        int seq = 0;
        for (ExtractedDeal deal : deals) {
            if (deal.type() == null || deal.cumulative()) {
                continue; // a cumulative figure restates earlier tranches and is never a deal of its own
            }
            Long payerId = resolve(deal.payer());
            Long payeeId = resolve(deal.payee());
            if (payerId == null && payeeId == null) {
                continue;
            }
            LocalDate date = deal.date() != null ? deal.date() : published;
            MentionPayload payload = new MentionPayload(deal, payerId, payeeId, date);
            Long previous = previousDeal(old, payload);
            Long pinned = previous != null && reviewed(previous) ? previous : null;
            Neighbourhood hood = neighbourhood(payload, chains);
            neighbourhoods.add(hood);
            fresh.computeIfAbsent(hood, h -> new ArrayList<>())
                    .add(mention(null, documentId, seq++, payload, previous, pinned, document, chains));
        }
        for (Neighbourhood hood : neighbourhoods) {
            touched.addAll(recluster(hood, fresh.getOrDefault(hood, List.of()), chains));
        }
        for (long dealId : touched) {
            refresher.refresh(dealId);
        }
        return List.copyOf(touched);
    }

    /** Recomputes a deal row from its mentions (see {@link DealRefresher}). */
    @Transactional(propagation = Propagation.MANDATORY)
    void refresh(long dealId) {
        refresher.refresh(dealId);
    }

    /** Clusters the neighbourhood's stored mentions with the new ones and writes the outcome; returns the deals. */
    private Set<Long> recluster(Neighbourhood hood, List<ClusterMention> fresh, CompanyChains chains) {
        Map<Long, Boolean> reviewedById = dealsOf(hood, chains);
        List<ClusterMention> all = new ArrayList<>(stored(reviewedById, chains));
        all.addAll(fresh);
        Set<Long> touched = new LinkedHashSet<>(reviewedById.keySet());
        Set<Long> taken = new HashSet<>();
        for (MentionClustering.Group group : MentionClustering.cluster(all)) {
            long dealId = group.pinnedDealId != null ? group.pinnedDealId : dealFor(group, reviewedById, taken);
            taken.add(dealId);
            touched.add(dealId);
            for (ClusterMention m : group.members) {
                if (m.rowId() == null) {
                    attach(dealId, m.documentId(), m.payload());
                } else if (!Objects.equals(m.dealId(), dealId)) {
                    move(m, dealId);
                }
            }
            if (group.pinnedDealId == null) {
                setParties(dealId, group.members);
            }
        }
        return touched;
    }

    /** Live deals of the neighbourhood, and whether an analyst reviewed each. */
    private Map<Long, Boolean> dealsOf(Neighbourhood hood, CompanyChains chains) {
        Map<Long, Boolean> deals = new HashMap<>();
        List<Long> payers = chains.subtree(hood.payerRoot());
        List<Long> payees = chains.subtree(hood.payeeRoot());
        jdbc.sql("""
                        select id, review_state from deal
                         where merged_into_id is null and type = :type
                           and ((coalesce(payer_id, 0) in (:payers) and coalesce(payee_id, 0) in (:payees))
                             or (:either and coalesce(payer_id, 0) in (:payees) and coalesce(payee_id, 0) in (:payers)))
                        """)
                .param("type", hood.type().name())
                .param("payers", payers)
                .param("payees", payees)
                .param("either", hood.type() == DealType.PARTNERSHIP)
                .query((rs, n) ->
                        Map.entry(rs.getLong(1), !ReviewState.UNREVIEWED.name().equals(rs.getString(2))))
                .list()
                .forEach(e -> deals.put(e.getKey(), e.getValue()));
        return deals;
    }

    private List<ClusterMention> stored(Map<Long, Boolean> reviewedById, CompanyChains chains) {
        if (reviewedById.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select m.id, m.deal_id, m.document_id, m.payload::text, d.kind, d.published_date
                          from deal_mention m join document_read d on d.id = m.document_id
                         where m.deal_id in (:deals)
                        """)
                .param("deals", reviewedById.keySet())
                .query((rs, n) -> {
                    long dealId = rs.getLong(2);
                    return mention(
                            rs.getLong(1),
                            rs.getLong(3),
                            rs.getLong(1),
                            read(rs.getString(4)),
                            dealId,
                            reviewedById.get(dealId) ? dealId : null,
                            new DocumentFacts(rs.getString(5), toLocalDate(rs.getDate(6))),
                            chains);
                })
                .list();
    }

    private ClusterMention mention(
            Long rowId,
            long documentId,
            long seq,
            MentionPayload payload,
            Long dealId,
            Long pinnedDealId,
            DocumentFacts document,
            CompanyChains chains) {
        String text = nullSafe(payload.deal().evidence()).stream()
                .map(ExtractedDeal.Evidence::text)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
        Integer year =
                document.published() == null ? null : document.published().getYear();
        boolean restates = "FILING".equals(document.kind()) || cues.restates(text, year);
        return new ClusterMention(
                rowId,
                documentId,
                seq,
                payload,
                dealId,
                pinnedDealId,
                chains.chain(payload.payerId()),
                chains.chain(payload.payeeId()),
                restates,
                cues.followOn(text, amountText(payload.deal())),
                cues.partOf(text),
                payload.deal().status() == ExtractedDeal.DealStatus.REPORTED_TALKS || cues.provisional(text),
                ClusteringCues.round(text));
    }

    /**
     * The unreviewed deal of the neighbourhood most of the group's mentions are in now (lowest id on a tie) and no
     * earlier group claimed; else a new deal.
     */
    private long dealFor(MentionClustering.Group group, Map<Long, Boolean> reviewedById, Set<Long> taken) {
        Map<Long, Long> votes = group.members.stream()
                .map(ClusterMention::dealId)
                .filter(id -> id != null && Boolean.FALSE.equals(reviewedById.get(id)) && !taken.contains(id))
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        return votes.entrySet().stream()
                .min(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElseGet(() -> create(group.members.getFirst().payload()));
    }

    /** The deal's parties become the most specific ones its mentions name (AWS rather than Amazon). */
    private void setParties(long dealId, List<ClusterMention> members) {
        ClusterMention first = members.getFirst();
        Long payer = first.payload().payerId();
        Long payee = first.payload().payeeId();
        int payerDepth = first.payerChain().size();
        int payeeDepth = first.payeeChain().size();
        for (ClusterMention m : members) {
            boolean swapped = m.payload().deal().type() == DealType.PARTNERSHIP
                    && !ClusteringRules.sameCompany(m.payerChain(), first.payerChain());
            List<Long> payerChain = swapped ? m.payeeChain() : m.payerChain();
            List<Long> payeeChain = swapped ? m.payerChain() : m.payeeChain();
            if (payerChain.size() > payerDepth) {
                payer = payerChain.getFirst();
                payerDepth = payerChain.size();
            }
            if (payeeChain.size() > payeeDepth) {
                payee = payeeChain.getFirst();
                payeeDepth = payeeChain.size();
            }
        }
        jdbc.sql("update deal set payer_id = :payer, payee_id = :payee where id = :id")
                .param("payer", payer)
                .param("payee", payee)
                .param("id", dealId)
                .update();
    }

    private void move(ClusterMention m, long dealId) {
        jdbc.sql("update deal_mention set deal_id = :deal where id = :id")
                .param("deal", dealId)
                .param("id", m.rowId())
                .update();
        for (String table : List.of("evidence", "deal_term")) {
            jdbc.sql("update " + table + " set deal_id = :deal where deal_id = :old and document_id = :doc")
                    .param("deal", dealId)
                    .param("old", m.dealId())
                    .param("doc", m.documentId())
                    .update();
        }
    }

    private static String amountText(ExtractedDeal deal) {
        return deal.amount() == null ? null : deal.amount().text();
    }

    private Neighbourhood neighbourhood(MentionPayload m, CompanyChains chains) {
        long payer = chains.root(m.payerId());
        long payee = chains.root(m.payeeId());
        DealType type = m.deal().type();
        if (type == DealType.PARTNERSHIP && payer > payee) {
            return new Neighbourhood(type, payee, payer);
        }
        return new Neighbourhood(type, payer, payee);
    }

    private DocumentFacts document(long documentId, LocalDate published) {
        return jdbc.sql("select kind, published_date from document_read where id = :id")
                .param("id", documentId)
                .query((rs, n) -> new DocumentFacts(rs.getString(1), toLocalDate(rs.getDate(2))))
                .optional()
                .orElse(new DocumentFacts(null, published));
    }

    private Long resolve(Party party) {
        if (party == null) {
            return null;
        }
        return resolver.resolve(party.name(), party.mention(), party.parent());
    }

    private List<OldMention> oldMentions(long documentId) {
        return jdbc.sql("""
                        select m.payload::text, coalesce(d.merged_into_id, d.id)
                          from deal_mention m join deal d on d.id = m.deal_id
                         where m.document_id = :id order by m.id
                        """)
                .param("id", documentId)
                .query((rs, n) -> new OldMention(read(rs.getString(1)), rs.getLong(2)))
                .list();
    }

    /**
     * The deal this document's earlier extraction put the same deal into — so re-extraction keeps deal ids
     * and the analyst's merges and splits.
     */
    private Long previousDeal(List<OldMention> old, MentionPayload mention) {
        return old.stream()
                .filter(o -> sameKey(o.payload(), mention))
                .filter(o -> ClusteringRules.amountsCompatible(
                        o.payload().deal().amount(), mention.deal().amount()))
                .map(OldMention::dealId)
                .filter(this::isLive)
                .findFirst()
                .orElse(null);
    }

    private static boolean sameKey(MentionPayload a, MentionPayload b) {
        if (a.deal().type() != b.deal().type()) {
            return false;
        }
        boolean same = Objects.equals(a.payerId(), b.payerId()) && Objects.equals(a.payeeId(), b.payeeId());
        boolean swapped = a.deal().type() == DealType.PARTNERSHIP
                && Objects.equals(a.payerId(), b.payeeId())
                && Objects.equals(a.payeeId(), b.payerId());
        return same || swapped;
    }

    private boolean isLive(long dealId) {
        return jdbc.sql("select count(*) from deal where id = :id and merged_into_id is null")
                        .param("id", dealId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private boolean reviewed(long dealId) {
        return jdbc.sql("select review_state from deal where id = :id")
                .param("id", dealId)
                .query(String.class)
                .optional()
                .map(state -> !ReviewState.UNREVIEWED.name().equals(state))
                .orElse(false);
    }

    private long create(MentionPayload mention) {
        ExtractedDeal deal = mention.deal();
        return jdbc.sql("""
                        insert into deal(type, status, payer_id, payee_id, deal_date, last_mention_date, confidence)
                        values (:type, :status, :payer, :payee, :date, :date, :confidence)
                        returning id
                        """)
                .param("type", deal.type().name())
                .param("status", (deal.status() == null ? DealStatus.ANNOUNCED : deal.status()).name())
                .param("payer", mention.payerId())
                .param("payee", mention.payeeId())
                .param("date", mention.date())
                .param("confidence", (float) deal.confidence())
                .query(Long.class)
                .single();
    }

    private void attach(long dealId, long documentId, MentionPayload mention) {
        jdbc.sql(
                        "insert into deal_mention(deal_id, document_id, payload) values (:deal, :doc, cast(:payload as jsonb))")
                .param("deal", dealId)
                .param("doc", documentId)
                .param("payload", json.writeValueAsString(mention))
                .update();
        for (ExtractedDeal.Evidence e : nullSafe(mention.deal().evidence())) {
            jdbc.sql("""
                    insert into evidence(deal_id, document_id, sentence, begin_offset, end_offset)
                    values (:deal, :doc, :text, :begin, :end)
                    """)
                    .param("deal", dealId)
                    .param("doc", documentId)
                    .param("text", e.text() == null ? "" : e.text())
                    .param("begin", e.begin())
                    .param("end", e.end())
                    .update();
        }
        for (ExtractedDeal.Term t : nullSafe(mention.deal().terms())) {
            if (t.kind() == null || t.value() == null) {
                continue;
            }
            ExtractedDeal.Evidence e = t.evidence();
            jdbc.sql("""
                    insert into deal_term(deal_id, kind, value, document_id, sentence, begin_offset, end_offset)
                    values (:deal, :kind, :value, :doc, :text, :begin, :end)
                    """)
                    .param("deal", dealId)
                    .param("kind", t.kind().name())
                    .param("value", t.value())
                    .param("doc", documentId)
                    .param("text", e == null ? null : e.text())
                    .param("begin", e == null ? null : e.begin())
                    .param("end", e == null ? null : e.end())
                    .update();
        }
    }

    private MentionPayload read(String payload) {
        return json.readValue(payload, MentionPayload.class);
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : new ArrayList<>(list);
    }

    private static LocalDate toLocalDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
