package org.pactwatch.report.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The report module's own read model over the read views the company, deal and ingest modules publish
 * ({@code company_read}, {@code company_alias_read}, {@code deal_read}, {@code deal_term_read}, {@code
 * deal_tranche_read}, {@code evidence_read}, {@code document_read}: V60–V62), never their tables
 * (TableOwnershipTest). Merged and analyst-rejected deals are never read.
 */
@Component
class TieUpReadModel {

    record DealRow(
            long id,
            String type,
            String status,
            String reviewState,
            Long payerId,
            Long payeeId,
            String payerMention,
            String payeeMention,
            String amountText,
            String currency,
            BigDecimal value,
            BigDecimal min,
            BigDecimal max,
            String qualifier,
            BigDecimal usd,
            Integer termMonths,
            LocalDate dealDate,
            LocalDate announcedDate,
            LocalDate closedDate,
            LocalDate effectiveDate,
            double confidence,
            boolean cumulative) {}

    record EvidenceRow(long dealId, long documentId, String sentence, int begin, int end) {}

    record TermRow(
            long id,
            long dealId,
            String kind,
            String value,
            Long documentId,
            String sentence,
            Integer begin,
            Integer end) {}

    record TrancheRow(
            long dealId,
            String amountText,
            String currency,
            BigDecimal value,
            BigDecimal usd,
            LocalDate date,
            String status) {}

    record DocumentRow(
            long id,
            String title,
            String url,
            String publisher,
            LocalDate published,
            Instant fetchedAt,
            String sha256) {}

    /** A live deal reduced to its parties, for the "other tie-ups" context. */
    record TieRow(long payerId, long payeeId, String type, BigDecimal usd) {}

    private static final String EFFECTIVE_DATE = """
            coalesce(d.deal_date, d.announced_date, d.closed_date,
                     (select min(doc.published_date) from evidence_read e join document_read doc on doc.id = e.document_id
                       where e.deal_id = d.id))""";

    private final JdbcClient jdbc;

    TieUpReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CompanyTree companies() {
        return new CompanyTree(jdbc.sql("select id, name, parent_id, merged_into_id from company_read")
                .query((rs, n) -> new CompanyTree.Company(
                        rs.getLong(1), rs.getString(2), nullableLong(rs, 3), nullableLong(rs, 4)))
                .list());
    }

    /** A company by its name or one of its aliases, ignoring case. */
    Optional<Long> findCompany(String name) {
        return jdbc.sql("""
                        select id from (
                            select c.id, 0 as rank from company_read c where lower(c.name) = lower(:name)
                            union all
                            select a.company_id, 1 from company_alias_read a
                             where lower(a.alias) = lower(:name) and a.kind = 'ALIAS'
                        ) found order by rank, id limit 1
                        """).param("name", name).query(Long.class).optional();
    }

    /** Names users can choose from: top-level companies and subsidiaries that are parties to some live deal. */
    List<String> companyNames() {
        return jdbc.sql("""
                        select c.name from company_read c
                         where c.merged_into_id is null
                           and (c.parent_id is null
                                or exists (select 1 from deal_read d where d.merged_into_id is null
                                             and (d.payer_id = c.id or d.payee_id = c.id)))
                         order by lower(c.name), c.name
                        """).query(String.class).list();
    }

    List<DealRow> deals(Collection<Long> companyIds, LocalDate from, LocalDate to) {
        StringBuilder sql = new StringBuilder("""
                select * from (
                    select d.id, d.type, d.status, d.review_state, d.payer_id, d.payee_id, d.payer_mention,
                           d.payee_mention, d.amount_text, d.currency, d.amount_value, d.amount_min, d.amount_max,
                           d.qualifier, d.amount_usd, d.term_months, d.deal_date, d.announced_date, d.closed_date,
                           %s as effective_date, d.confidence, d.cumulative
                      from deal_read d
                     where d.merged_into_id is null and d.review_state <> 'REJECTED'
                       and d.payer_id is not null and d.payee_id is not null
                       and (d.payer_id in (:ids) or d.payee_id in (:ids))
                ) live where true
                """.formatted(EFFECTIVE_DATE));
        if (from != null) {
            sql.append(" and effective_date >= :from");
        }
        if (to != null) {
            sql.append(" and effective_date <= :to");
        }
        sql.append(" order by effective_date nulls last, id");
        var statement = jdbc.sql(sql.toString()).param("ids", companyIds);
        if (from != null) {
            statement = statement.param("from", from);
        }
        if (to != null) {
            statement = statement.param("to", to);
        }
        return statement
                .query((rs, n) -> new DealRow(
                        rs.getLong("id"),
                        rs.getString("type"),
                        rs.getString("status"),
                        rs.getString("review_state"),
                        nullableLong(rs, "payer_id"),
                        nullableLong(rs, "payee_id"),
                        rs.getString("payer_mention"),
                        rs.getString("payee_mention"),
                        rs.getString("amount_text"),
                        trim(rs.getString("currency")),
                        rs.getBigDecimal("amount_value"),
                        rs.getBigDecimal("amount_min"),
                        rs.getBigDecimal("amount_max"),
                        rs.getString("qualifier"),
                        rs.getBigDecimal("amount_usd"),
                        nullableInt(rs, "term_months"),
                        date(rs, "deal_date"),
                        date(rs, "announced_date"),
                        date(rs, "closed_date"),
                        date(rs, "effective_date"),
                        rs.getDouble("confidence"),
                        rs.getBoolean("cumulative")))
                .list();
    }

    /** Live deals touching any of the companies in the period, reduced to parties (for context). */
    List<TieRow> ties(Collection<Long> companyIds, LocalDate from, LocalDate to) {
        return deals(companyIds, from, to).stream()
                .map(d -> new TieRow(d.payerId(), d.payeeId(), d.type(), d.usd()))
                .toList();
    }

    List<EvidenceRow> evidence(Collection<Long> dealIds) {
        if (dealIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select deal_id, document_id, sentence, begin_offset, end_offset from evidence_read
                         where deal_id in (:ids) order by deal_id, document_id, begin_offset, id
                        """)
                .param("ids", dealIds)
                .query((rs, n) ->
                        new EvidenceRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5)))
                .list();
    }

    List<TermRow> terms(Collection<Long> dealIds) {
        if (dealIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, deal_id, kind, value, document_id, sentence, begin_offset, end_offset from deal_term_read
                         where deal_id in (:ids) order by deal_id, kind, value, id
                        """)
                .param("ids", dealIds)
                .query((rs, n) -> new TermRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        nullableLong(rs, 5),
                        rs.getString(6),
                        nullableInt(rs, 7),
                        nullableInt(rs, 8)))
                .list();
    }

    List<TrancheRow> tranches(Collection<Long> dealIds) {
        if (dealIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select deal_id, amount_text, currency, amount_value, amount_usd, tranche_date, status
                          from deal_tranche_read where deal_id in (:ids) order by deal_id, tranche_date nulls last, id
                        """)
                .param("ids", dealIds)
                .query((rs, n) -> new TrancheRow(
                        rs.getLong(1),
                        rs.getString(2),
                        trim(rs.getString(3)),
                        rs.getBigDecimal(4),
                        rs.getBigDecimal(5),
                        date(rs, "tranche_date"),
                        rs.getString(7)))
                .list();
    }

    List<DocumentRow> documents(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, title, coalesce(canonical_url, url), publisher, published_date, fetched_at, sha256
                          from document_read where id in (:ids)
                        """)
                .param("ids", documentIds)
                .query((rs, n) -> new DocumentRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        date(rs, "published_date"),
                        instant(rs.getTimestamp(6)),
                        trim(rs.getString(7))))
                .list();
    }

    private static Long nullableLong(ResultSet rs, Object column) throws SQLException {
        long value = column instanceof Integer i ? rs.getLong(i) : rs.getLong((String) column);
        return rs.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet rs, Object column) throws SQLException {
        int value = column instanceof Integer i ? rs.getInt(i) : rs.getInt((String) column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }
}
