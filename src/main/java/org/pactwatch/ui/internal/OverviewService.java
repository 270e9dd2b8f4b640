package org.pactwatch.ui.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The live counts on the home dashboard. */
@Service
public class OverviewService {

    public record Overview(long documents, long deals, long companies, long sources, Optional<Instant> lastIngest) {}

    private final JdbcClient jdbc;

    OverviewService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Overview overview() {
        return new Overview(
                count("select count(*) from document where status <> 'FAILED'"),
                count("select count(*) from deal where merged_into_id is null and review_state <> 'REJECTED'"),
                count("select count(*) from company where merged_into_id is null"),
                count("select count(*) from source"),
                jdbc.sql("select max(finished_at) from job_run")
                        .query((rs, n) ->
                                Optional.ofNullable(rs.getTimestamp(1)).map(java.sql.Timestamp::toInstant))
                        .single());
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
