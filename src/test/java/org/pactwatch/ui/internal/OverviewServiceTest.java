package org.pactwatch.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pactwatch.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class OverviewServiceTest extends IntegrationTest {

    @Autowired
    OverviewService overviews;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDashboardCountsWhatAUserCanOpen() {
        var overview = overviews.overview();

        assertThat(overview.companies())
                .isPositive()
                .isEqualTo(count("select count(*) from company where merged_into_id is null"));
        assertThat(overview.documents()).isEqualTo(count("select count(*) from document where status <> 'FAILED'"));
        assertThat(overview.deals())
                .isEqualTo(
                        count("select count(*) from deal where merged_into_id is null and review_state <> 'REJECTED'"));
        assertThat(overview.sources()).isEqualTo(count("select count(*) from source"));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
