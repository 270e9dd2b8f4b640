package org.pactwatch.deal;

import java.math.BigDecimal;
import java.util.List;
import org.pactwatch.company.CompanyService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A company's deals per year, as payer and as payee (with its subsidiaries; rejected deals left out). */
@Service
public class DealTimeline {

    /** One year: number of deals and their summed USD, on each side. */
    public record Year(int year, long asPayer, long asPayee, BigDecimal usdAsPayer, BigDecimal usdAsPayee) {}

    private final JdbcClient jdbc;
    private final CompanyService companies;

    DealTimeline(JdbcClient jdbc, CompanyService companies) {
        this.jdbc = jdbc;
        this.companies = companies;
    }

    /** Years with at least one dated deal, oldest first. */
    @Transactional(readOnly = true)
    public List<Year> perYear(long companyId) {
        List<Long> ids = companies.selfAndSubsidiaries(companyId);
        return jdbc.sql("""
                select extract(year from d.deal_date)::int as year,
                       count(*) filter (where d.payer_id in (:ids)) as as_payer,
                       count(*) filter (where d.payee_id in (:ids)) as as_payee,
                       coalesce(sum(d.amount_usd) filter (where d.payer_id in (:ids)), 0) as usd_payer,
                       coalesce(sum(d.amount_usd) filter (where d.payee_id in (:ids)), 0) as usd_payee
                  from deal d
                 where d.merged_into_id is null and d.review_state <> 'REJECTED' and d.deal_date is not null
                   and (d.payer_id in (:ids) or d.payee_id in (:ids))
                 group by 1 order by 1
                """)
                .param("ids", ids)
                .query((rs, n) -> new Year(
                        rs.getInt("year"),
                        rs.getLong("as_payer"),
                        rs.getLong("as_payee"),
                        rs.getBigDecimal("usd_payer"),
                        rs.getBigDecimal("usd_payee")))
                .list();
    }
}
