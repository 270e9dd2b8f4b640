package org.pactwatch.deal.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pactwatch.company.CompanyResolver;
import org.pactwatch.deal.ReviewState;
import org.pactwatch.extraction.ExtractedDeal;
import org.pactwatch.extraction.ExtractedDeal.Amount;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.extraction.ExtractedDeal.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one document's extracted deals into mentions and clusters them into deal rows: a mention joins a live
 * deal with the same type and resolved parties (either order for partnerships) whose amount is within 5% (or
 * either is missing) and whose reported dates lie within 120 days; otherwise it founds a new deal. A deal the
 * analyst reviewed keeps its fields; unreviewed deals are recomputed from all their mentions, so a later
 * report of completion upgrades the status.
 */
@Component
class DealClusterer {

    static final double AMOUNT_TOLERANCE = 0.05;
    static final long DATE_WINDOW_DAYS = 120;
    /** Serializes clustering across documents, so two reports of one deal never found two deals. */
    private static final long CLUSTER_LOCK = 0x70616374L;

    private final JdbcClient jdbc;
    private final CompanyResolver resolver;
    private final JsonMapper json;

    DealClusterer(JdbcClient jdbc, CompanyResolver resolver, JsonMapper json) {
        this.jdbc = jdbc;
        this.resolver = resolver;
        this.json = json;
    }

    /** A mention of a previous extraction of the document, and the live deal it belonged to. */
    private record OldMention(MentionPayload payload, long dealId) {}

    /** Candidate deal for a mention. */
    private record Candidate(
            long id, BigDecimal usd, BigDecimal value, String currency, LocalDate first, LocalDate last) {}

    /**
     * Replaces the document's mentions with those of {@code deals} and re-clusters; returns every deal touched
     * (including deals deleted because no mention is left).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<Long> replaceMentions(long documentId, LocalDate published, List<ExtractedDeal> deals) {
        jdbc.sql("select pg_advisory_xact_lock(:key)")
                .param("key", CLUSTER_LOCK)
                .query()
                .singleRow();
        List<OldMention> old = oldMentions(documentId);
        Set<Long> touched = new LinkedHashSet<>();
        old.forEach(m -> touched.add(m.dealId()));
        for (String table : List.of("evidence", "deal_term", "deal_mention")) {
            jdbc.sql("delete from " + table + " where document_id = :id")
                    .param("id", documentId)
                    .update();
        }
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
            MentionPayload mention = new MentionPayload(deal, payerId, payeeId, date);
            long dealId = sticky(old, mention).or(() -> candidate(mention)).orElseGet(() -> create(mention));
            attach(dealId, documentId, mention);
            // at once, not after the loop: the document's next mention must see this deal's amount and dates, or a
            // deal founded a moment ago (no amount yet) swallows a different deal of the same parties
            refresh(dealId);
            touched.add(dealId);
        }
        for (long dealId : touched) {
            refresh(dealId);
        }
        return List.copyOf(touched);
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
    private Optional<Long> sticky(List<OldMention> old, MentionPayload mention) {
        return old.stream()
                .filter(o -> sameKey(o.payload(), mention))
                .filter(o -> amountsCompatible(amount(o.payload()), amount(mention)))
                .map(OldMention::dealId)
                .filter(this::isLive)
                .findFirst();
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

    private Optional<Long> candidate(MentionPayload mention) {
        long payer = mention.payerId() == null ? 0 : mention.payerId();
        long payee = mention.payeeId() == null ? 0 : mention.payeeId();
        List<Candidate> candidates = jdbc.sql("""
                        select id, amount_usd, amount_value, currency, deal_date, last_mention_date from deal
                         where merged_into_id is null and type = :type
                           and ((coalesce(payer_id, 0) = :payer and coalesce(payee_id, 0) = :payee)
                             or (:either and coalesce(payer_id, 0) = :payee and coalesce(payee_id, 0) = :payer))
                        """)
                .param("type", mention.deal().type().name())
                .param("payer", payer)
                .param("payee", payee)
                .param("either", mention.deal().type() == DealType.PARTNERSHIP)
                .query((rs, n) -> new Candidate(
                        rs.getLong(1),
                        rs.getBigDecimal(2),
                        rs.getBigDecimal(3),
                        rs.getString(4) == null ? null : rs.getString(4).strip(),
                        toLocalDate(rs.getDate(5)),
                        toLocalDate(rs.getDate(6))))
                .list();
        Amount amount = amount(mention);
        return candidates.stream()
                .filter(c -> amountsCompatible(c, amount))
                .filter(c -> datesCompatible(c, mention.date()))
                .min(Comparator.comparingLong((Candidate c) -> distance(c, mention.date()))
                        .thenComparingLong(Candidate::id))
                .map(Candidate::id);
    }

    private static boolean amountsCompatible(Candidate c, Amount amount) {
        if (amount == null || (c.usd() == null && c.value() == null)) {
            return true;
        }
        if (c.usd() != null && amount.usd() != null) {
            return close(c.usd(), amount.usd());
        }
        if (c.value() != null && amount.value() != null && Objects.equals(c.currency(), amount.currency())) {
            return close(c.value(), amount.value());
        }
        return true;
    }

    static boolean amountsCompatible(Amount a, Amount b) {
        if (a == null || b == null) {
            return true;
        }
        if (a.usd() != null && b.usd() != null) {
            return close(a.usd(), b.usd());
        }
        if (a.value() != null && b.value() != null && Objects.equals(a.currency(), b.currency())) {
            return close(a.value(), b.value());
        }
        return true;
    }

    static boolean close(BigDecimal a, BigDecimal b) {
        BigDecimal larger = a.abs().max(b.abs());
        if (larger.signum() == 0) {
            return true;
        }
        BigDecimal relative = a.subtract(b).abs().divide(larger, MathContext.DECIMAL64);
        return relative.doubleValue() <= AMOUNT_TOLERANCE;
    }

    private static boolean datesCompatible(Candidate c, LocalDate date) {
        if (date == null || (c.first() == null && c.last() == null)) {
            return true;
        }
        return distance(c, date) <= DATE_WINDOW_DAYS;
    }

    /** Days between the date and the candidate's span of reported dates (0 inside it). */
    private static long distance(Candidate c, LocalDate date) {
        if (date == null) {
            return 0;
        }
        LocalDate first = c.first() != null ? c.first() : c.last();
        LocalDate last = c.last() != null ? c.last() : c.first();
        if (first == null) {
            return 0;
        }
        if (date.isBefore(first)) {
            return ChronoUnit.DAYS.between(date, first);
        }
        if (date.isAfter(last)) {
            return ChronoUnit.DAYS.between(last, date);
        }
        return 0;
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

    /**
     * Recomputes a deal from its mentions. A deal without mentions is deleted unless an analyst reviewed it;
     * a reviewed deal only learns the span of its reported dates.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void refresh(long dealId) {
        Optional<String> state = jdbc.sql("select review_state from deal where id = :id")
                .param("id", dealId)
                .query(String.class)
                .optional();
        if (state.isEmpty()) {
            return;
        }
        List<MentionPayload> mentions = mentions(dealId);
        boolean reviewed = !ReviewState.UNREVIEWED.name().equals(state.get());
        if (mentions.isEmpty()) {
            if (!reviewed) {
                jdbc.sql("delete from deal where id = :id and merged_into_id is null and not exists "
                                + "(select 1 from deal o where o.merged_into_id = deal.id)")
                        .param("id", dealId)
                        .update();
            }
            return;
        }
        LocalDate first = mentions.stream()
                .map(MentionPayload::date)
                .filter(Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElse(null);
        LocalDate last = mentions.stream()
                .map(MentionPayload::date)
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(null);
        if (reviewed) {
            jdbc.sql("update deal set last_mention_date = :last, updated_at = clock_timestamp() where id = :id")
                    .param("last", last)
                    .param("id", dealId)
                    .update();
            return;
        }
        MentionPayload best = best(mentions);
        ExtractedDeal deal = best.deal();
        Amount amount = mentions.stream()
                .filter(m -> m.deal().amount() != null)
                .sorted(MENTION_ORDER)
                .map(m -> m.deal().amount())
                .findFirst()
                .orElse(null);
        Integer termMonths = mentions.stream()
                .sorted(MENTION_ORDER)
                .map(m -> m.deal().termMonths())
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        double confidence =
                mentions.stream().mapToDouble(m -> m.deal().confidence()).max().orElse(0);
        LocalDate announced = earliest(mentions, Set.of(DealStatus.ANNOUNCED, DealStatus.COMPLETED));
        LocalDate closed = earliest(mentions, Set.of(DealStatus.COMPLETED));
        jdbc.sql("""
                update deal set status = :status, payer_mention = :payerMention, payee_mention = :payeeMention,
                       amount_text = :text, currency = :currency, amount_value = :value, amount_min = :min,
                       amount_max = :max, qualifier = :qualifier, amount_usd = :usd, term_months = :term,
                       deal_date = :first, last_mention_date = :last, announced_date = :announced,
                       closed_date = :closed, confidence = :confidence, updated_at = clock_timestamp()
                 where id = :id
                """)
                .param("status", status(mentions).name())
                .param("payerMention", mentionOf(mentions, true))
                .param("payeeMention", mentionOf(mentions, false))
                .param("text", amount == null ? null : amount.text())
                .param("currency", amount == null ? null : amount.currency())
                .param("value", amount == null ? null : amount.value())
                .param("min", amount == null ? null : amount.min())
                .param("max", amount == null ? null : amount.max())
                .param(
                        "qualifier",
                        amount == null || amount.qualifier() == null
                                ? null
                                : amount.qualifier().name())
                .param("usd", amount == null ? null : amount.usd())
                .param("term", termMonths)
                .param("first", first)
                .param("last", last)
                .param("announced", announced)
                .param("closed", closed)
                .param("confidence", (float) confidence)
                .param("id", dealId)
                .update();
        jdbc.sql("delete from deal_tranche where deal_id = :id")
                .param("id", dealId)
                .update();
        List<ExtractedDeal.Tranche> tranches = mentions.stream()
                .sorted(MENTION_ORDER)
                .map(m -> nullSafe(m.deal().tranches()))
                .filter(t -> !t.isEmpty())
                .findFirst()
                .orElse(nullSafe(deal.tranches()));
        for (ExtractedDeal.Tranche t : tranches) {
            Amount a = t.amount();
            jdbc.sql("""
                    insert into deal_tranche(deal_id, amount_text, currency, amount_value, amount_usd, tranche_date, status)
                    values (:id, :text, :currency, :value, :usd, :date, :status)
                    """)
                    .param("id", dealId)
                    .param("text", a == null ? null : a.text())
                    .param("currency", a == null ? null : a.currency())
                    .param("value", a == null ? null : a.value())
                    .param("usd", a == null ? null : a.usd())
                    .param("date", t.date())
                    .param("status", t.status() == null ? null : t.status().name())
                    .update();
        }
    }

    /** Highest confidence first, then the earliest report. */
    private static final Comparator<MentionPayload> MENTION_ORDER = Comparator.comparingDouble(
                    (MentionPayload m) -> -m.deal().confidence())
            .thenComparing(MentionPayload::date, Comparator.nullsLast(Comparator.naturalOrder()));

    private static MentionPayload best(List<MentionPayload> mentions) {
        return mentions.stream().sorted(MENTION_ORDER).findFirst().orElseThrow();
    }

    /**
     * Completion wins over an announcement, an announcement over talks; among talks and denials the latest
     * report counts.
     */
    static DealStatus status(List<MentionPayload> mentions) {
        Set<DealStatus> seen = new LinkedHashSet<>();
        mentions.forEach(m -> seen.add(
                m.deal().status() == null ? DealStatus.ANNOUNCED : m.deal().status()));
        if (seen.contains(DealStatus.COMPLETED)) {
            return DealStatus.COMPLETED;
        }
        if (seen.contains(DealStatus.ANNOUNCED)) {
            return DealStatus.ANNOUNCED;
        }
        return mentions.stream()
                .max(Comparator.comparing(MentionPayload::date, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(m -> m.deal().status())
                .orElse(DealStatus.REPORTED_TALKS);
    }

    private static LocalDate earliest(List<MentionPayload> mentions, Set<DealStatus> statuses) {
        return mentions.stream()
                .filter(m -> statuses.contains(m.deal().status()))
                .map(MentionPayload::date)
                .filter(Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElse(null);
    }

    private static String mentionOf(List<MentionPayload> mentions, boolean payer) {
        return mentions.stream()
                .sorted(MENTION_ORDER)
                .map(m -> payer ? m.deal().payer() : m.deal().payee())
                .filter(p -> p != null && p.mention() != null)
                .map(Party::mention)
                .findFirst()
                .orElse(null);
    }

    private List<MentionPayload> mentions(long dealId) {
        return jdbc.sql("select payload::text from deal_mention where deal_id = :id order by id")
                .param("id", dealId)
                .query((rs, n) -> read(rs.getString(1)))
                .list();
    }

    private MentionPayload read(String payload) {
        return json.readValue(payload, MentionPayload.class);
    }

    private static Amount amount(MentionPayload mention) {
        return mention.deal().amount();
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : new ArrayList<>(list);
    }

    private static LocalDate toLocalDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
