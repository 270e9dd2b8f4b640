package org.pactwatch.deal.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pactwatch.deal.ReviewState;
import org.pactwatch.extraction.ExtractedDeal;
import org.pactwatch.extraction.ExtractedDeal.Amount;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recomputes a deal row from the mentions clustered into it: status, amount, term, dates, confidence and tranches.
 * A deal the analyst reviewed keeps its fields and only learns the span of its reported dates.
 */
@Component
class DealRefresher {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DealRefresher(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
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
                .query((rs, n) -> json.readValue(rs.getString(1), MentionPayload.class))
                .list();
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : new ArrayList<>(list);
    }
}
