package org.pactwatch.briefing.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pactwatch.briefing.BriefingDeal;
import org.pactwatch.briefing.CompanyActivity;
import org.pactwatch.briefing.MonthlyValue;
import org.pactwatch.deal.DealSummary;
import org.pactwatch.deal.ReviewState;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The briefing's SQL, over the deal module's views {@code deal_briefing_read} and {@code deal_figure_conflict_read}
 * (V81) and {@code company_read}; each query reads one of the indexes of V30 and V82.
 */
@Component
public class BriefingQueries {

    private static final String LIVE = "d.merged_into_id is null and d.review_state <> 'REJECTED'";
    private static final String UNREVIEWED = "d.merged_into_id is null and d.review_state = 'UNREVIEWED'";
    private static final String DEALS = """
            select d.id, d.type, d.status, d.payer_id, coalesce(pr.name, d.payer_mention) as payer_name, d.payee_id,
                   coalesce(pe.name, d.payee_mention) as payee_name, d.amount_text, d.amount_usd, d.deal_date,
                   d.confidence, d.review_state, d.created_at
              from deal_briefing_read d
              left join company_read pr on pr.id = d.payer_id
              left join company_read pe on pe.id = d.payee_id
            """;

    /** Which figures a deal's sources disagree on. */
    public record Conflict(boolean amounts, boolean dates) {
        public static final Conflict NONE = new Conflict(false, false);
    }

    private final JdbcClient jdbc;

    BriefingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long countNew(Instant since) {
        return jdbc.sql("select count(*) from deal_briefing_read d where " + LIVE + " and d.created_at > :since")
                .param("since", Timestamp.from(since))
                .query(Long.class)
                .single();
    }

    public List<BriefingDeal> newest(Instant since, int limit) {
        return jdbc.sql(DEALS + " where " + LIVE + " and d.created_at > :since"
                        + " order by d.created_at desc, d.id desc limit :limit")
                .param("since", Timestamp.from(since))
                .param("limit", limit)
                .query(BriefingQueries::deal)
                .list();
    }

    public List<BriefingDeal> largest(LocalDate from, LocalDate to, int limit) {
        return jdbc.sql(DEALS + " where " + LIVE + " and d.deal_date between :from and :to and d.amount_usd is not null"
                        + " order by d.amount_usd desc, d.id desc limit :limit")
                .param("from", from)
                .param("to", to)
                .param("limit", limit)
                .query(BriefingQueries::deal)
                .list();
    }

    public List<MonthlyValue> valueByMonth(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select date_trunc('month', d.deal_date)::date as month, d.type, count(*) as deals,
                               coalesce(sum(d.amount_usd), 0) as usd
                          from deal_briefing_read d
                         where %s and d.deal_date between :from and :to
                         group by 1, 2 order by 1, 2
                        """.formatted(LIVE))
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new MonthlyValue(
                        YearMonth.from(rs.getDate("month").toLocalDate()),
                        DealType.valueOf(rs.getString("type")),
                        rs.getLong("deals"),
                        rs.getBigDecimal("usd")))
                .list();
    }

    public List<CompanyActivity> mostActive(Instant since, int limit) {
        return jdbc.sql("""
                        with parties as (
                            select d.payer_id as company_id, d.amount_usd from deal_briefing_read d
                             where %1$s and d.created_at > :since and d.payer_id is not null
                            union all
                            select d.payee_id, d.amount_usd from deal_briefing_read d
                             where %1$s and d.created_at > :since and d.payee_id is not null
                               and d.payee_id is distinct from d.payer_id)
                        select c.id, c.name, count(*) as deals, sum(p.amount_usd) as usd
                          from parties p join company_read c on c.id = p.company_id
                         group by c.id, c.name
                         order by deals desc, usd desc nulls last, c.name, c.id
                         limit :limit
                        """.formatted(LIVE))
                .param("since", Timestamp.from(since))
                .param("limit", limit)
                .query((rs, n) -> new CompanyActivity(
                        rs.getLong("id"), rs.getString("name"), rs.getLong("deals"), rs.getBigDecimal("usd")))
                .list();
    }

    /** How many live deals are unreviewed, and how many of those have a confidence below {@code below}. */
    public ReviewCounts countUnreviewed(double below) {
        return jdbc.sql(
                        "select count(*), count(*) filter (where d.confidence < :below) from deal_briefing_read d where "
                                + UNREVIEWED)
                .param("below", below)
                .query((rs, n) -> new ReviewCounts(rs.getLong(1), rs.getLong(2)))
                .single();
    }

    /** The review queue's counts. */
    public record ReviewCounts(long unreviewed, long lowConfidence) {}

    /** Ids of the unreviewed deals, least confident first. */
    public List<Long> leastConfident(int limit) {
        return jdbc.sql("select d.id from deal_briefing_read d where " + UNREVIEWED
                        + " order by d.confidence, d.id limit :limit")
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    /**
     * The unreviewed deals whose sources state amounts more than 1 % apart or dates further apart than {@link
     * DealSummary#DATE_TOLERANCE_DAYS}, least confident first (the deal module keeps them as mentions change, V81).
     */
    public Map<Long, Conflict> conflicts() {
        Map<Long, Conflict> byDeal = new LinkedHashMap<>();
        jdbc.sql("""
                        select d.id, c.amounts, c.dates
                          from deal_figure_conflict_read c join deal_briefing_read d on d.id = c.deal_id
                         where %s
                         order by d.confidence, d.id
                        """.formatted(UNREVIEWED))
                .query((rs, n) -> Map.entry(rs.getLong(1), new Conflict(rs.getBoolean(2), rs.getBoolean(3))))
                .list()
                .forEach(e -> byDeal.put(e.getKey(), e.getValue()));
        return byDeal;
    }

    /** These deals, in the order of {@code ids}. */
    public List<BriefingDeal> deals(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> order = List.copyOf(ids);
        return jdbc
                .sql(DEALS + " where d.id in (:ids)")
                .param("ids", order)
                .query(BriefingQueries::deal)
                .list()
                .stream()
                .sorted(Comparator.comparingInt(d -> order.indexOf(d.id())))
                .toList();
    }

    private static BriefingDeal deal(ResultSet rs, int n) throws SQLException {
        return new BriefingDeal(
                rs.getLong("id"),
                DealType.valueOf(rs.getString("type")),
                DealStatus.valueOf(rs.getString("status")),
                nullableLong(rs, "payer_id"),
                rs.getString("payer_name"),
                nullableLong(rs, "payee_id"),
                rs.getString("payee_name"),
                rs.getString("amount_text"),
                rs.getBigDecimal("amount_usd"),
                localDate(rs.getDate("deal_date")),
                rs.getDouble("confidence"),
                ReviewState.valueOf(rs.getString("review_state")),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
