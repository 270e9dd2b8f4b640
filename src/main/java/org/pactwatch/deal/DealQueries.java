package org.pactwatch.deal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pactwatch.company.CompanyService;
import org.pactwatch.extraction.ExtractedDeal.Amount;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.extraction.ExtractedDeal.Qualifier;
import org.pactwatch.extraction.ExtractedDeal.TermKind;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of deals: the filtered, sorted and paged grid (offset paging with an exact count; indexes in
 * V30–V32 keep both fast at 100,000 deals) and full deal views with evidence, terms, tranches and sources.
 */
@Service
public class DealQueries {

    public static final int MAX_PAGE_SIZE = 500;

    private final JdbcClient jdbc;
    private final CompanyService companies;

    DealQueries(JdbcClient jdbc, CompanyService companies) {
        this.jdbc = jdbc;
        this.companies = companies;
    }

    /** One page of the deals that pass the filter, in the given order, with the total count. */
    @Transactional(readOnly = true)
    public DealPage<DealSummary> find(DealFilter filter, DealSort sort, int offset, int limit) {
        Where where = where(filter);
        if (where.impossible()) {
            return new DealPage<>(0, List.of());
        }
        long total = count(where);
        if (total == 0) {
            return new DealPage<>(0, List.of());
        }
        return new DealPage<>(total, rows(where, sort, offset, limit));
    }

    /**
     * One page without the total: what a lazy grid fetches while scrolling, having counted once for the filter
     * ({@link #count}). Each sort reads an index (V30–V32), so a page costs about its own rows.
     */
    @Transactional(readOnly = true)
    public List<DealSummary> page(DealFilter filter, DealSort sort, int offset, int limit) {
        Where where = where(filter);
        return where.impossible() ? List.of() : rows(where, sort, offset, limit);
    }

    private List<DealSummary> rows(Where where, DealSort sort, int offset, int limit) {
        String sql = """
                select d.id, d.type, d.status, d.payer_id, pr.name as payer_name, d.payee_id,
                       pe.name as payee_name, d.amount_text, d.qualifier, d.currency, d.amount_value,
                       d.amount_usd, d.term_months, d.deal_date, d.confidence, d.review_state
                  from deal d
                  left join company_read pr on pr.id = d.payer_id
                  left join company_read pe on pe.id = d.payee_id
                 where %s
                 order by %s
                offset :offset limit :limit
                """.formatted(where.sql(), orderBy(sort));
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("offset", Math.max(0, offset));
        params.put("limit", Math.clamp(limit, 1, MAX_PAGE_SIZE));
        return withSourceCounts(
                jdbc.sql(sql).params(params).query(DealQueries::summary).list());
    }

    /** The same page as {@link #find}, each deal in full (evidence, terms, tranches, sources). */
    @Transactional(readOnly = true)
    public DealPage<DealView> findViews(DealFilter filter, DealSort sort, int offset, int limit) {
        DealPage<DealSummary> page = find(filter, sort, offset, limit);
        return new DealPage<>(
                page.total(), views(page.items().stream().map(DealSummary::id).toList()));
    }

    /** How many deals pass the filter. */
    @Transactional(readOnly = true)
    public long count(DealFilter filter) {
        Where where = where(filter);
        return where.impossible() ? 0 : count(where);
    }

    /** The deal as its detail view shows it, if it exists. */
    @Transactional(readOnly = true)
    public Optional<DealView> view(long id) {
        return views(List.of(id)).stream().findFirst();
    }

    /** Full views of the given live or merged deals, in the order of {@code ids} (unknown ids are skipped). */
    @Transactional(readOnly = true)
    public List<DealView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, type, status, payer_id, payee_id, payer_mention, payee_mention, amount_text, currency,
                               amount_value, amount_min, amount_max, qualifier, amount_usd, term_months, deal_date,
                               announced_date, closed_date, confidence, cumulative, review_state, reviewed_by,
                               reviewed_at, updated_at
                          from deal where id in (:ids)
                        """).param("ids", ids).query((rs, n) -> new Row(rs)).list().forEach(row -> rows.put(row.id, row));
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> companyIds = new HashSet<>();
        rows.values().forEach(r -> {
            if (r.payerId != null) companyIds.add(r.payerId);
            if (r.payeeId != null) companyIds.add(r.payeeId);
        });
        Map<Long, CompanyService.Naming> names = companies.naming(companyIds);
        Map<Long, List<DealView.Evidence>> evidence = evidence(rows.keySet());
        Map<Long, List<DealView.Term>> terms = terms(rows.keySet());
        Map<Long, List<DealView.Tranche>> tranches = tranches(rows.keySet());
        Map<Long, List<DealView.Source>> sources = sources(rows.keySet());
        Map<Long, List<ReportedAmount>> reported = reportedAmounts(rows.keySet());
        List<DealView> views = new ArrayList<>();
        for (Long id : ids) {
            Row r = rows.get(id);
            if (r == null) {
                continue;
            }
            views.add(new DealView(
                    r.id,
                    r.type,
                    r.status,
                    party(r.payerId, r.payerMention, names),
                    party(r.payeeId, r.payeeMention, names),
                    r.amount,
                    r.termMonths,
                    r.date,
                    r.announced,
                    r.closed,
                    r.confidence,
                    r.cumulative,
                    r.reviewState,
                    r.reviewedBy,
                    r.reviewedAt == null ? null : r.reviewedAt.toInstant(),
                    evidence.getOrDefault(id, List.of()),
                    terms.getOrDefault(id, List.of()),
                    tranches.getOrDefault(id, List.of()),
                    sources.getOrDefault(id, List.of()),
                    r.updatedAt.toInstant(),
                    reported.getOrDefault(id, List.of())));
        }
        return views;
    }

    /** Ids of the live deals a document reports. */
    @Transactional(readOnly = true)
    public List<Long> dealsOfDocument(long documentId) {
        return jdbc.sql("""
                select distinct m.deal_id from deal_mention m join deal d on d.id = m.deal_id
                 where m.document_id = :id and d.merged_into_id is null order by m.deal_id
                """).param("id", documentId).query(Long.class).list();
    }

    private long count(Where where) {
        return jdbc.sql("select count(*) from deal d where " + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    private record Where(String sql, Map<String, Object> params, boolean impossible) {}

    private Where where(DealFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        conditions.add("d.merged_into_id is null");
        if (filter.companyId() != null) {
            List<Long> ids = companies.selfAndSubsidiaries(filter.companyId());
            conditions.add("(d.payer_id in (:companies) or d.payee_id in (:companies))");
            params.put("companies", ids);
        }
        if (filter.types() != null && !filter.types().isEmpty()) {
            conditions.add("d.type in (:types)");
            params.put("types", names(filter.types()));
        }
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            conditions.add("d.status in (:statuses)");
            params.put("statuses", names(filter.statuses()));
        }
        if (filter.reviewStates() != null && !filter.reviewStates().isEmpty()) {
            conditions.add("d.review_state in (:reviewStates)");
            params.put("reviewStates", names(filter.reviewStates()));
        } else {
            conditions.add("d.review_state <> 'REJECTED'");
        }
        if (filter.from() != null) {
            conditions.add("d.deal_date >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("d.deal_date <= :to");
            params.put("to", filter.to());
        }
        if (filter.minUsd() != null) {
            conditions.add("d.amount_usd >= :minUsd");
            params.put("minUsd", filter.minUsd());
        }
        if (filter.maxUsd() != null) {
            conditions.add("d.amount_usd <= :maxUsd");
            params.put("maxUsd", filter.maxUsd());
        }
        boolean impossible =
                filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to());
        return new Where(String.join(" and ", conditions), params, impossible);
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    private static String orderBy(DealSort sort) {
        DealSort s = sort == null ? DealSort.newestFirst() : sort;
        String column = switch (s.field()) {
            case DATE -> "d.deal_date";
            case AMOUNT_USD -> "d.amount_usd";
            case CONFIDENCE -> "d.confidence";
            case TYPE -> "d.type";
            case STATUS -> "d.status";
            case REVIEW_STATE -> "d.review_state";
            // lower(name) of the party, kept on the deal by V32's triggers so that the sort reads an index
            case PAYER -> "d.payer_sort";
            case PAYEE -> "d.payee_sort";
            case ID -> "d.id";
        };
        // matches the V30-V32 indexes: descending puts nulls last, ascending is their backward scan
        String direction = s.ascending() ? "asc nulls first" : "desc nulls last";
        return column + " " + direction + ", d.id " + (s.ascending() ? "asc" : "desc");
    }

    /** Counted for the page only, so that the grid query stays an index scan. */
    private List<DealSummary> withSourceCounts(List<DealSummary> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, SourceSpread> spreads = new HashMap<>();
        jdbc.sql("""
                        select deal_id, count(distinct document_id),
                               min((payload->>'date')::date), max((payload->>'date')::date)
                          from deal_mention
                         where deal_id in (:ids) group by deal_id
                        """)
                .param("ids", rows.stream().map(DealSummary::id).toList())
                .query((rs, n) -> Map.entry(
                        rs.getLong(1),
                        new SourceSpread(rs.getInt(2), localDate(rs.getDate(3)), localDate(rs.getDate(4)))))
                .list()
                .forEach(e -> spreads.put(e.getKey(), e.getValue()));
        SourceSpread none = new SourceSpread(0, null, null);
        Map<Long, List<ReportedAmount>> reported =
                reportedAmounts(rows.stream().map(DealSummary::id).toList());
        return rows.stream()
                .map(r -> withSpread(r, spreads.getOrDefault(r.id(), none), reported.getOrDefault(r.id(), List.of())))
                .toList();
    }

    /** Each figure the deals' sources state (grouped by qualifier, currency and value), most stated first. */
    private Map<Long, List<ReportedAmount>> reportedAmounts(Collection<Long> ids) {
        return byDeal(
                """
                select deal_id, min(a->>'text') as text, a->>'qualifier' as qualifier, a->>'currency' as currency,
                       (a->>'value')::numeric as value, count(distinct document_id) as sources
                  from (select deal_id, document_id, payload->'deal'->'amount' as a
                          from deal_mention where deal_id in (:ids)) m
                 where jsonb_typeof(a) = 'object'
                 group by deal_id, a->>'qualifier', a->>'currency', (a->>'value')::numeric
                 order by deal_id, count(distinct document_id) desc, (a->>'value')::numeric desc nulls last, 2
                """,
                ids,
                (rs, n) -> new ReportedAmount(
                        rs.getString("text"),
                        enumOrNull(Qualifier.class, rs.getString("qualifier")),
                        rs.getString("currency"),
                        plain(rs.getBigDecimal("value")),
                        rs.getInt("sources")));
    }

    private static DealSummary withSpread(DealSummary r, SourceSpread spread, List<ReportedAmount> reported) {
        return new DealSummary(
                r.id(),
                r.type(),
                r.status(),
                r.payerId(),
                r.payerName(),
                r.payeeId(),
                r.payeeName(),
                r.amountText(),
                r.qualifier(),
                r.currency(),
                r.amountValue(),
                r.amountUsd(),
                r.termMonths(),
                r.date(),
                r.confidence(),
                spread.count(),
                r.reviewState(),
                spread.firstDate(),
                spread.lastDate(),
                reported);
    }

    private record SourceSpread(int count, LocalDate firstDate, LocalDate lastDate) {}

    private static DealSummary summary(ResultSet rs, int n) throws SQLException {
        return new DealSummary(
                rs.getLong("id"),
                DealType.valueOf(rs.getString("type")),
                DealStatus.valueOf(rs.getString("status")),
                nullableLong(rs, "payer_id"),
                rs.getString("payer_name"),
                nullableLong(rs, "payee_id"),
                rs.getString("payee_name"),
                rs.getString("amount_text"),
                enumOrNull(Qualifier.class, rs.getString("qualifier")),
                trimmed(rs.getString("currency")),
                plain(rs.getBigDecimal("amount_value")),
                plain(rs.getBigDecimal("amount_usd")),
                nullableInt(rs, "term_months"),
                localDate(rs.getDate("deal_date")),
                rs.getDouble("confidence"),
                0,
                ReviewState.valueOf(rs.getString("review_state")),
                null,
                null,
                List.of());
    }

    private static DealView.Party party(Long id, String mention, Map<Long, CompanyService.Naming> names) {
        if (id == null) {
            return null;
        }
        CompanyService.Naming naming = names.get(id);
        return new DealView.Party(
                id, naming == null ? mention : naming.name(), mention, naming == null ? null : naming.ultimateParent());
    }

    private Map<Long, List<DealView.Evidence>> evidence(Collection<Long> ids) {
        return byDeal(
                """
                select deal_id, document_id, sentence, begin_offset, end_offset from evidence
                 where deal_id in (:ids) order by deal_id, document_id, begin_offset, id
                """, ids, (rs, n) -> new DealView.Evidence(rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
    }

    private Map<Long, List<DealView.Term>> terms(Collection<Long> ids) {
        return byDeal("""
                select deal_id, kind, value, document_id, sentence, begin_offset, end_offset from deal_term
                 where deal_id in (:ids) order by deal_id, id
                """, ids, (rs, n) -> {
            long documentId = rs.getLong("document_id");
            DealView.Evidence evidence = rs.wasNull() || rs.getString("sentence") == null
                    ? null
                    : new DealView.Evidence(
                            documentId, rs.getString("sentence"), rs.getInt("begin_offset"), rs.getInt("end_offset"));
            return new DealView.Term(TermKind.valueOf(rs.getString("kind")), rs.getString("value"), evidence);
        });
    }

    private Map<Long, List<DealView.Tranche>> tranches(Collection<Long> ids) {
        return byDeal(
                """
                select deal_id, amount_text, currency, amount_value, amount_usd, tranche_date, status
                  from deal_tranche where deal_id in (:ids) order by deal_id, tranche_date nulls last, id
                """,
                ids,
                (rs, n) -> new DealView.Tranche(
                        amount(rs, false),
                        localDate(rs.getDate("tranche_date")),
                        enumOrNull(DealStatus.class, rs.getString("status"))));
    }

    private Map<Long, List<DealView.Source>> sources(Collection<Long> ids) {
        return byDeal(
                """
                select distinct m.deal_id, d.id, d.url, d.title, d.publisher, d.published_date, d.kind
                  from deal_mention m join document_read d on d.id = m.document_id
                 where m.deal_id in (:ids)
                 order by m.deal_id, d.published_date nulls last, d.id
                """,
                ids,
                (rs, n) -> new DealView.Source(
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        localDate(rs.getDate(6)),
                        rs.getString(7)));
    }

    /**
     * The rows of {@code sql} (which selects {@code deal_id} and takes the parameter {@code :ids}) grouped by
     * deal, each group in the query's order.
     */
    private <T> Map<Long, List<T>> byDeal(String sql, Collection<Long> ids, RowMapper<T> mapper) {
        Map<Long, List<T>> byDeal = new LinkedHashMap<>();
        jdbc.sql(sql)
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong("deal_id"), mapper.mapRow(rs, n)))
                .list()
                .forEach(e -> byDeal.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return byDeal;
    }

    private static final class Row {
        final long id;
        final DealType type;
        final DealStatus status;
        final Long payerId;
        final Long payeeId;
        final String payerMention;
        final String payeeMention;
        final Amount amount;
        final Integer termMonths;
        final LocalDate date;
        final LocalDate announced;
        final LocalDate closed;
        final double confidence;
        final boolean cumulative;
        final ReviewState reviewState;
        final String reviewedBy;
        final Timestamp reviewedAt;
        final Timestamp updatedAt;

        Row(ResultSet rs) throws SQLException {
            id = rs.getLong("id");
            type = DealType.valueOf(rs.getString("type"));
            status = DealStatus.valueOf(rs.getString("status"));
            payerId = nullableLong(rs, "payer_id");
            payeeId = nullableLong(rs, "payee_id");
            payerMention = rs.getString("payer_mention");
            payeeMention = rs.getString("payee_mention");
            amount = amount(rs, true);
            termMonths = nullableInt(rs, "term_months");
            date = localDate(rs.getDate("deal_date"));
            announced = localDate(rs.getDate("announced_date"));
            closed = localDate(rs.getDate("closed_date"));
            confidence = rs.getDouble("confidence");
            cumulative = rs.getBoolean("cumulative");
            reviewState = ReviewState.valueOf(rs.getString("review_state"));
            reviewedBy = rs.getString("reviewed_by");
            reviewedAt = rs.getTimestamp("reviewed_at");
            updatedAt = rs.getTimestamp("updated_at");
        }
    }

    /**
     * The amount in the columns {@code amount_text, currency, amount_value, amount_usd} (and, with {@code range},
     * {@code amount_min, amount_max, qualifier}: a tranche has none), or null when no amount is stated.
     */
    private static Amount amount(ResultSet rs, boolean range) throws SQLException {
        String text = rs.getString("amount_text");
        BigDecimal value = rs.getBigDecimal("amount_value");
        BigDecimal usd = rs.getBigDecimal("amount_usd");
        if (text == null && value == null && usd == null) {
            return null;
        }
        return new Amount(
                text,
                trimmed(rs.getString("currency")),
                plain(value),
                range ? plain(rs.getBigDecimal("amount_min")) : null,
                range ? plain(rs.getBigDecimal("amount_max")) : null,
                range ? enumOrNull(Qualifier.class, rs.getString("qualifier")) : null,
                plain(usd));
    }

    /** numeric(24,2) without a meaningless ".00", and never in exponent notation. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String trimmed(String s) {
        return s == null ? null : s.strip();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
