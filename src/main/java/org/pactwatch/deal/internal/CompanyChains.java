package org.pactwatch.deal.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Parent chains and subtrees of companies, read from the company module's published view, for one clustering
 * run (the answers are cached, so create one per run).
 */
final class CompanyChains {

    private final JdbcClient jdbc;
    private final Map<Long, List<Long>> chains = new HashMap<>();
    private final Map<Long, List<Long>> subtrees = new HashMap<>();

    CompanyChains(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The live company, then its parents up to the top; empty for no company. */
    List<Long> chain(Long companyId) {
        if (companyId == null) {
            return List.of();
        }
        return chains.computeIfAbsent(
                companyId, id -> jdbc.sql("""
                        with recursive up(id, parent_id, depth) as (
                            select c.id, c.parent_id, 0 from company_read c
                             where c.id = (select coalesce(s.merged_into_id, s.id) from company_read s where s.id = :id)
                            union all
                            select p.id, p.parent_id, u.depth + 1 from company_read p join up u on p.id = u.parent_id
                             where u.depth < 10
                        )
                        select id from up order by depth
                        """).param("id", id).query(Long.class).list());
    }

    /** The top of the company's parent chain (0 for no company, so that it can key a neighbourhood). */
    long root(Long companyId) {
        List<Long> chain = chain(companyId);
        return chain.isEmpty() ? 0 : chain.getLast();
    }

    /** The company and every company below it (just 0 for the root 0: no company). */
    List<Long> subtree(long root) {
        if (root == 0) {
            return List.of(0L);
        }
        return subtrees.computeIfAbsent(
                root, id -> jdbc.sql("""
                        with recursive down(id, depth) as (
                            select cast(:id as bigint), 0
                            union
                            select c.id, d.depth + 1 from company_read c join down d on c.parent_id = d.id
                             where d.depth < 10
                        )
                        select distinct id from down
                        """).param("id", id).query(Long.class).list());
    }
}
