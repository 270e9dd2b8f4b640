package org.pactwatch.deal.internal;

import org.pactwatch.company.CompanyReferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A company merge moves the deals of the merged company, as payer or payee, to the company it was merged into. */
@Component
class DealCompanyReferences implements CompanyReferences {

    private final JdbcClient jdbc;

    DealCompanyReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int repoint(long sourceId, long targetId) {
        return jdbc.sql("""
                        update deal set payer_id = case when payer_id = :source then :target else payer_id end,
                                        payee_id = case when payee_id = :source then :target else payee_id end,
                                        updated_at = clock_timestamp()
                         where payer_id = :source or payee_id = :source
                        """).param("target", targetId).param("source", sourceId).update();
    }
}
