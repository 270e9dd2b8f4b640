package org.pactwatch.graph.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.pactwatch.graph.DealLink;
import org.pactwatch.graph.TieUp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The strategist views' own read model: plain SQL over the read views the deal and company modules publish
 * ({@code deal_read}, {@code deal_mention_read}, {@code evidence_read}, {@code deal_term_read}, {@code
 * company_read}, {@code document_read}: V60–V62), never their tables (TableOwnershipTest). Only live deals
 * count — not REJECTED in review and not merged into another deal.
 */
@Component
public class DealReadModel {

    static final String LIVE = "d.review_state <> 'REJECTED' and d.merged_into_id is null";

    /** Deals between one payer and one payee of one type, summed: an edge of the relationship graph. */
    public record EdgeAggregate(
            long payerId, long payeeId, String type, int deals, double usd, LocalDate first, LocalDate last) {}

    /** What the graph and loop queries keep. Nulls mean no bound; an empty type set means every type. */
    public record EdgeFilter(Set<String> types, LocalDate from, LocalDate to, double minUsd) {}

    /** One provider term (PRIMARY_PROVIDER, EXCLUSIVITY) stated for a deal. */
    public record DealTermRow(long dealId, String kind, String value) {}

    private final JdbcClient jdbc;
    // the directory, the parties and the newest deal date
    private final VersionedCache directories = new VersionedCache(3);
    private final VersionedCache edgeSets = new VersionedCache(8);

    public DealReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The version of the deals, companies and their sources as of now, bumped by every committed change
     * (V50__strategy_read_model.sql). Read it before the data it keys.
     */
    public long version() {
        return jdbc.sql("select version from strategy_data_version where id = 1")
                .query(Long.class)
                .single();
    }

    /** The company directory at the current version. */
    public CompanyDirectory companies() {
        return companies(version());
    }

    /** The company directory, loaded once per data version. */
    public CompanyDirectory companies(long version) {
        return directories.get(version, "directory", this::loadCompanies);
    }

    private CompanyDirectory loadCompanies() {
        return new CompanyDirectory(jdbc.sql("select id, name, kind, parent_id, merged_into_id from company_read")
                .query((rs, n) -> new CompanyDirectory.Row(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("kind"),
                        (Long) rs.getObject("parent_id", Long.class),
                        (Long) rs.getObject("merged_into_id", Long.class)))
                .list());
    }

    /**
     * Companies (and their parents, so that roll-ups can be picked) party to a live deal, by name; loaded
     * once per data version, as every strategist view fills its pickers with them.
     */
    public List<org.pactwatch.graph.CompanyRef> parties() {
        return directories.get(version(), "parties", this::loadParties);
    }

    private List<org.pactwatch.graph.CompanyRef> loadParties() {
        return List.copyOf(jdbc.sql("""
                        with recursive party as (
                            select d.payer_id as id from deal_read d where %1$s and d.payer_id is not null
                            union select d.payee_id from deal_read d where %1$s and d.payee_id is not null
                            union select c.parent_id from company_read c join party p on p.id = c.id
                             where c.parent_id is not null)
                        select c.id, c.name, c.kind from company_read c
                         where c.id in (select id from party) and c.merged_into_id is null
                         order by lower(c.name)
                        """.formatted(LIVE))
                .query((rs, n) -> new org.pactwatch.graph.CompanyRef(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list());
    }

    /**
     * Live deals with a payer or payee among {@code parties} (both, with {@code between}), with the number of
     * distinct source documents of each.
     */
    public List<DealLink> dealsOf(
            Collection<Long> parties, boolean between, LocalDate from, LocalDate to, CompanyDirectory directory) {
        if (parties.isEmpty()) {
            return List.of();
        }
        String join = between ? " and " : " or ";
        StringBuilder where = new StringBuilder("""
                %s and d.payer_id is not null and d.payee_id is not null
                   and (d.payer_id = %s%sd.payee_id = %s)
                """.formatted(LIVE, anyOf(parties), join, anyOf(parties)));
        Map<String, Object> params = new HashMap<>();
        if (from != null) {
            where.append(" and d.deal_date >= :from");
            params.put("from", Date.valueOf(from));
        }
        if (to != null) {
            where.append(" and d.deal_date <= :to");
            params.put("to", Date.valueOf(to));
        }
        return jdbc.sql(withSources(where.toString()))
                .params(params)
                .query((rs, n) -> link(rs, directory))
                .list();
    }

    /**
     * Selects the live deals matching {@code where} (over alias d) with their distinct source documents
     * (mentions and evidence), counted in one grouped pass over index lookups per picked deal — shaped so
     * that the planner does not start parallel workers for a few milliseconds of work.
     */
    private static String withSources(String where) {
        return """
                with picked as materialized (
                    select d.id, d.type, d.status, d.payer_id, d.payee_id, d.amount_usd, d.amount_text,
                           d.deal_date, d.term_months
                      from deal_read d
                     where %s),
                sourced as (
                    select p.id as deal_id, count(distinct s.document_id) as sources
                      from picked p
                      cross join lateral (select m.document_id from deal_mention_read m where m.deal_id = p.id
                                          union all
                                          select e.document_id from evidence_read e where e.deal_id = p.id) s
                     group by p.id)
                select p.*, coalesce(s.sources, 0) as sources
                  from picked p left join sourced s on s.deal_id = p.id
                 order by p.deal_date nulls last, p.id
                """.formatted(where);
    }

    /** The date of the newest dated live deal, kept per data version. */
    public Optional<LocalDate> newestDealDate(long version) {
        return directories.get(
                version,
                "newest",
                () -> Optional.ofNullable(jdbc.sql("select max(d.deal_date) from deal_read d where " + LIVE)
                        .query(LocalDate.class)
                        .single()));
    }

    /** Live deals summed per payer, payee and type after the filter, kept per data version. */
    public List<EdgeAggregate> edges(long version, EdgeFilter filter) {
        return edgeSets.get(version, filter, () -> loadEdges(filter));
    }

    private List<EdgeAggregate> loadEdges(EdgeFilter filter) {
        return aggregates(filter, "");
    }

    /**
     * Edges with both ends among {@code companies}, after the filter: two index lookups whose intersection
     * is small, however busy the companies are.
     */
    public List<EdgeAggregate> edgesAmong(Collection<Long> companies, EdgeFilter filter) {
        if (companies.isEmpty()) {
            return List.of();
        }
        String among = anyOf(companies);
        return aggregates(filter, " and d.payer_id = " + among + " and d.payee_id = " + among);
    }

    /**
     * Who deals with {@code companies} after the filter, as distinct (payer, payee) pairs with at least one
     * end among them: one step of a breadth-first walk that reads only the neighbourhood, not the graph.
     */
    public List<long[]> links(Collection<Long> companies, EdgeFilter filter) {
        if (companies.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String sql = """
                select distinct d.payer_id, d.payee_id from deal_read d
                 where %s and d.payer_id is not null and d.payee_id is not null
                   and (d.payer_id = %2$s or d.payee_id = %2$s)
                """.formatted(LIVE, anyOf(companies)) + filterSql(filter, params);
        return jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
    }

    private List<EdgeAggregate> aggregates(EdgeFilter filter, String among) {
        Map<String, Object> params = new HashMap<>();
        String sql =
                """
                select d.payer_id, d.payee_id, d.type, count(*) as deals, coalesce(sum(d.amount_usd), 0) as usd,
                       min(d.deal_date) as first_date, max(d.deal_date) as last_date
                  from deal_read d
                 where %s and d.payer_id is not null and d.payee_id is not null
                """.formatted(LIVE) + among + filterSql(filter, params) + " group by d.payer_id, d.payee_id, d.type";
        return List.copyOf(jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> new EdgeAggregate(
                        rs.getLong("payer_id"),
                        rs.getLong("payee_id"),
                        rs.getString("type"),
                        rs.getInt("deals"),
                        rs.getDouble("usd"),
                        localDate(rs, "first_date"),
                        localDate(rs, "last_date")))
                .list());
    }

    /** The filter's conditions on alias d, adding their parameters. */
    private static String filterSql(EdgeFilter filter, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        if (!filter.types().isEmpty()) {
            sql.append(" and d.type in (:types)");
            params.put("types", filter.types());
        }
        if (filter.from() != null) {
            sql.append(" and d.deal_date >= :from");
            params.put("from", Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and d.deal_date <= :to");
            params.put("to", Date.valueOf(filter.to()));
        }
        if (filter.minUsd() > 0) {
            sql.append(" and d.amount_usd >= :minUsd");
            params.put("minUsd", filter.minUsd());
        }
        return sql.toString();
    }

    /** Live deals of the given payer→payee direction and types, for the legs of a money loop. */
    public List<DealLink> dealsFromTo(
            Collection<Long> payers, Collection<Long> payees, Collection<String> types, CompanyDirectory directory) {
        if (payers.isEmpty() || payees.isEmpty() || types.isEmpty()) {
            return List.of();
        }
        String where = LIVE + """
                 and d.payer_id = %s and d.payee_id = %s
                 and d.type in (:types)
                """.formatted(anyOf(payers), anyOf(payees));
        return jdbc.sql(withSources(where))
                .param("types", types)
                .query((rs, n) -> link(rs, directory))
                .list();
    }

    /**
     * Live, dated investments and cloud commitments stated as new money — not cumulative restatements ("has now
     * invested a total of …") and not denied reports — the deals a tie-up pairs.
     */
    public List<DealLink> tieUpCandidates(CompanyDirectory directory) {
        String where = LIVE + """
                 and d.payer_id is not null and d.payee_id is not null and d.deal_date is not null
                 and not d.cumulative and d.status <> 'DENIED'
                 and d.type in ('INVESTMENT', 'CLOUD_COMMITMENT')
                """;
        return jdbc.sql(withSources(where))
                .query((rs, n) -> link(rs, directory))
                .list();
    }

    /** The documents stating each of the given deals (mentions and evidence), earliest published first. */
    public Map<Long, List<TieUp.Source>> sources(Collection<Long> dealIds) {
        if (dealIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<TieUp.Source>> byDeal = new HashMap<>();
        jdbc.sql("""
                        select distinct s.deal_id, doc.id, doc.title, coalesce(doc.canonical_url, doc.url) as url,
                               doc.publisher, doc.published_date
                          from (select m.deal_id, m.document_id from deal_mention_read m where m.deal_id = %1$s
                                union
                                select e.deal_id, e.document_id from evidence_read e where e.deal_id = %1$s) s
                          join document_read doc on doc.id = s.document_id
                         order by s.deal_id, doc.published_date nulls last, doc.id
                        """.formatted(anyOf(dealIds))).query(rs -> {
            byDeal.computeIfAbsent(rs.getLong("deal_id"), k -> new ArrayList<>())
                    .add(new TieUp.Source(
                            rs.getLong("id"),
                            rs.getString("title"),
                            rs.getString("url"),
                            rs.getString("publisher"),
                            localDate(rs, "published_date")));
        });
        return byDeal;
    }

    /** Primary-provider and exclusivity terms of the given deals. */
    public List<DealTermRow> providerTerms(Collection<Long> dealIds) {
        if (dealIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select distinct deal_id, kind, value from deal_term_read
                         where deal_id = %s and kind in ('PRIMARY_PROVIDER', 'EXCLUSIVITY')
                         order by deal_id
                        """.formatted(anyOf(dealIds)))
                .query((rs, n) -> new DealTermRow(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** Distinct documents behind the given deals (mentions and evidence). */
    public int distinctSources(Collection<Long> dealIds) {
        if (dealIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        select count(distinct s.document_id)
                          from unnest(%s) as picked(id)
                          cross join lateral (select m.document_id from deal_mention_read m where m.deal_id = picked.id
                                              union all
                                              select e.document_id from evidence_read e where e.deal_id = picked.id) s
                        """.formatted(idArray(dealIds))).query(Integer.class).single();
    }

    /**
     * {@code any('{1,2,3}'::bigint[])}: ids written into the statement (numbers only, so nothing to escape)
     * rather than bound. A bound list is either one parameter per id or an array parameter that, once the
     * driver prepares the statement, gets a generic plan: no hashed lookup and no use of the array's size,
     * which made a 300-company neighbourhood ten times slower. Written in, every list is planned for what it is.
     */
    private static String anyOf(Collection<Long> ids) {
        return "any(" + idArray(ids) + ")";
    }

    private static String idArray(Collection<Long> ids) {
        StringJoiner array = new StringJoiner(",", "'{", "}'::bigint[]");
        ids.forEach(id -> array.add(Long.toString(id)));
        return array.toString();
    }

    private static DealLink link(ResultSet rs, CompanyDirectory directory) throws SQLException {
        java.math.BigDecimal usd = rs.getBigDecimal("amount_usd");
        return new DealLink(
                rs.getLong("id"),
                rs.getString("type"),
                rs.getString("status"),
                directory.ref(rs.getLong("payer_id")),
                directory.ref(rs.getLong("payee_id")),
                usd == null ? null : usd.doubleValue(),
                rs.getString("amount_text"),
                localDate(rs, "deal_date"),
                (Integer) rs.getObject("term_months", Integer.class),
                rs.getInt("sources"));
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
