package org.pactwatch.search.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what the index needs from the read models the ingest, deal and company modules publish as views
 * ({@code document_read}, {@code deal_read}, {@code deal_mention_read}, {@code evidence_read}, {@code
 * company_read}: V60–V62; never their tables, see TableOwnershipTest), in batches ordered by (updated_at, id) so
 * a catch-up can resume from a watermark. A document carries the companies, types, statuses and amounts of the deals it reports.
 */
@Component
class IndexSource {

    /** Evidence text indexed per deal is capped; the documents themselves hold the full text. */
    private static final int MAX_DEAL_BODY = 20_000;

    private final JdbcClient jdbc;

    IndexSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A changed row: live ones are (re)indexed, others removed from the index. */
    record Change(IndexRecord record, String kind, long id, Instant updatedAt, boolean live) {}

    /** A position in (updated_at, id) order. */
    record Cursor(Instant updatedAt, long id) {}

    static final String LIVE_DEAL = "d.merged_into_id is null and d.review_state <> 'REJECTED'";

    long countDocuments() {
        return jdbc.sql("select count(*) from document_read").query(Long.class).single();
    }

    long countDeals() {
        return jdbc.sql("select count(*) from deal_read d where " + LIVE_DEAL)
                .query(Long.class)
                .single();
    }

    Instant maxUpdatedAt() {
        Timestamp max = jdbc.sql(
                        "select greatest((select max(updated_at) from document_read), (select max(updated_at) from deal_read))")
                .query(Timestamp.class)
                .optional()
                .orElse(null);
        return max == null ? null : max.toInstant();
    }

    List<Long> liveDocumentIds() {
        return jdbc.sql("select id from document_read").query(Long.class).list();
    }

    List<Long> liveDealIds() {
        return jdbc.sql("select id from deal_read d where " + LIVE_DEAL)
                .query(Long.class)
                .list();
    }

    /** Documents changed after the cursor, oldest first. */
    List<Change> documentsAfter(Cursor after, int limit) {
        return documents(
                "(updated_at, id) > (:ts, :id) order by updated_at, id limit :limit",
                Map.of("ts", Timestamp.from(after.updatedAt()), "id", after.id(), "limit", limit));
    }

    List<Change> documentsByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return documents("id in (:ids) order by id", Map.of("ids", ids));
    }

    private List<Change> documents(String where, Map<String, Object> params) {
        List<Row> rows = jdbc.sql(
                        "select id, title, text, published_date, url, publisher, kind, updated_at from document_read where "
                                + where)
                .params(params)
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("text"),
                        localDate(rs.getDate("published_date")),
                        rs.getString("url"),
                        rs.getString("publisher"),
                        rs.getString("kind"),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
        return documents(rows);
    }

    private record Row(
            long id,
            String title,
            String text,
            LocalDate published,
            String url,
            String publisher,
            String kind,
            Instant updatedAt) {}

    private record DealFacts(String type, String status, BigDecimal usd, String payer, String payee) {}

    private List<Change> documents(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<DealFacts>> facts = new HashMap<>();
        jdbc.sql("""
                        select m.document_id, d.type, d.status, d.amount_usd, pr.name, pe.name
                          from deal_mention_read m
                          join deal_read d on d.id = m.deal_id
                          left join company_read pr on pr.id = d.payer_id
                          left join company_read pe on pe.id = d.payee_id
                         where m.document_id in (:ids) and %s
                        """.formatted(LIVE_DEAL))
                .param("ids", rows.stream().map(Row::id).toList())
                .query((rs, n) -> Map.entry(
                        rs.getLong(1),
                        new DealFacts(
                                rs.getString(2),
                                rs.getString(3),
                                rs.getBigDecimal(4),
                                rs.getString(5),
                                rs.getString(6))))
                .list()
                .forEach(e -> facts.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        List<Change> changes = new ArrayList<>();
        for (Row row : rows) {
            Set<String> companies = new LinkedHashSet<>();
            Set<String> types = new LinkedHashSet<>();
            Set<String> statuses = new LinkedHashSet<>();
            Set<BigDecimal> amounts = new LinkedHashSet<>();
            for (DealFacts f : facts.getOrDefault(row.id(), List.of())) {
                addIfPresent(companies, f.payer());
                addIfPresent(companies, f.payee());
                types.add(f.type());
                statuses.add(f.status());
                if (f.usd() != null) {
                    amounts.add(f.usd());
                }
            }
            IndexRecord record = new IndexRecord(
                    IndexFields.KIND_DOCUMENT,
                    row.id(),
                    row.title() == null ? "" : row.title(),
                    row.text() == null ? "" : row.text(),
                    row.published(),
                    row.url(),
                    row.publisher(),
                    Set.of(row.kind()),
                    companies,
                    types,
                    statuses,
                    amounts,
                    null);
            changes.add(new Change(record, IndexFields.KIND_DOCUMENT, row.id(), row.updatedAt(), true));
        }
        return changes;
    }

    /** Deals changed after the cursor, oldest first; merged and rejected deals come back as removals. */
    List<Change> dealsAfter(Cursor after, int limit) {
        return deals(
                "(d.updated_at, d.id) > (:ts, :id) order by d.updated_at, d.id limit :limit",
                Map.of("ts", Timestamp.from(after.updatedAt()), "id", after.id(), "limit", limit));
    }

    List<Change> dealsByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return deals("d.id in (:ids) order by d.id", Map.of("ids", ids));
    }

    /** Source documents of the given deals (to refresh their company and type facets). */
    List<Long> documentsOfDeals(Collection<Long> dealIds) {
        if (dealIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct document_id from deal_mention_read where deal_id in (:ids)")
                .param("ids", dealIds)
                .query(Long.class)
                .list();
    }

    private record DealRow(
            long id,
            String type,
            String status,
            String payer,
            String payee,
            String payerMention,
            String payeeMention,
            String amountText,
            BigDecimal usd,
            LocalDate date,
            String reviewState,
            boolean live,
            Instant updatedAt) {}

    private List<Change> deals(String where, Map<String, Object> params) {
        List<DealRow> rows = jdbc.sql("""
                        select d.id, d.type, d.status, pr.name as payer, pe.name as payee, d.payer_mention,
                               d.payee_mention, d.amount_text, d.amount_usd, d.deal_date, d.review_state,
                               (%s) as live, d.updated_at
                          from deal_read d
                          left join company_read pr on pr.id = d.payer_id
                          left join company_read pe on pe.id = d.payee_id
                         where %s
                        """.formatted(LIVE_DEAL, where))
                .params(params)
                .query((rs, n) -> new DealRow(
                        rs.getLong("id"),
                        rs.getString("type"),
                        rs.getString("status"),
                        rs.getString("payer"),
                        rs.getString("payee"),
                        rs.getString("payer_mention"),
                        rs.getString("payee_mention"),
                        rs.getString("amount_text"),
                        rs.getBigDecimal("amount_usd"),
                        localDate(rs.getDate("deal_date")),
                        rs.getString("review_state"),
                        rs.getBoolean("live"),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
        List<Long> liveIds =
                rows.stream().filter(DealRow::live).map(DealRow::id).toList();
        Map<Long, StringBuilder> evidence = new HashMap<>();
        Map<Long, Set<String>> sourceKinds = new HashMap<>();
        Map<Long, LocalDate> firstPublished = new HashMap<>();
        if (!liveIds.isEmpty()) {
            jdbc.sql(
                            "select deal_id, sentence from evidence_read where deal_id in (:ids) order by deal_id, document_id, begin_offset")
                    .param("ids", liveIds)
                    .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                    .list()
                    .forEach(e -> {
                        StringBuilder body = evidence.computeIfAbsent(e.getKey(), k -> new StringBuilder());
                        if (body.length() < MAX_DEAL_BODY) {
                            body.append(e.getValue()).append('\n');
                        }
                    });
            jdbc.sql("""
                            select m.deal_id, doc.kind, min(doc.published_date)
                              from deal_mention_read m join document_read doc on doc.id = m.document_id
                             where m.deal_id in (:ids) group by m.deal_id, doc.kind
                            """)
                    .param("ids", liveIds)
                    .query((rs, n) -> {
                        long dealId = rs.getLong(1);
                        sourceKinds
                                .computeIfAbsent(dealId, k -> new LinkedHashSet<>())
                                .add(rs.getString(2));
                        LocalDate published = localDate(rs.getDate(3));
                        if (published != null) {
                            firstPublished.merge(dealId, published, (a, b) -> a.isBefore(b) ? a : b);
                        }
                        return dealId;
                    })
                    .list();
        }
        List<Change> changes = new ArrayList<>();
        for (DealRow row : rows) {
            if (!row.live()) {
                changes.add(new Change(null, IndexFields.KIND_DEAL, row.id(), row.updatedAt(), false));
                continue;
            }
            Set<String> companies = new LinkedHashSet<>();
            addIfPresent(companies, row.payer());
            addIfPresent(companies, row.payee());
            String payer = row.payer() != null ? row.payer() : "(unnamed)";
            String payee = row.payee() != null ? row.payee() : "(unnamed)";
            String title =
                    payer + " → " + payee + ": " + row.type().replace('_', ' ').toLowerCase(java.util.Locale.ROOT)
                            + (row.amountText() == null ? "" : ", " + row.amountText());
            StringBuilder body = new StringBuilder();
            appendLine(body, row.payerMention());
            appendLine(body, row.payeeMention());
            body.append(evidence.getOrDefault(row.id(), new StringBuilder()));
            IndexRecord record = new IndexRecord(
                    IndexFields.KIND_DEAL,
                    row.id(),
                    title,
                    body.toString(),
                    row.date() != null ? row.date() : firstPublished.get(row.id()),
                    null,
                    null,
                    sourceKinds.getOrDefault(row.id(), Set.of()),
                    companies,
                    Set.of(row.type()),
                    Set.of(row.status()),
                    row.usd() == null ? Set.of() : Set.of(row.usd()),
                    row.reviewState());
            changes.add(new Change(record, IndexFields.KIND_DEAL, row.id(), row.updatedAt(), true));
        }
        return changes;
    }

    private static void appendLine(StringBuilder body, String line) {
        if (line != null && !line.isBlank()) {
            body.append(line).append('\n');
        }
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null && !value.isBlank()) {
            set.add(value);
        }
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
