package org.pactwatch.ingest.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.pactwatch.ingest.ErrorSample;
import org.pactwatch.ingest.JobRun;
import org.pactwatch.ingest.JobStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Job runs in the {@code job_run} table; status changes are guarded so that a finished run stays finished. */
@Repository
public class JobRunRepository {

    private static final String SELECT = """
            select j.id, j.source_id, s.name as source_name, j.status, j.trigger, j.seen, j.new_count, j.duplicate,
                   j.failed, j.total_expected, j.error_samples::text as error_samples, j.message, j.cancel_requested,
                   j.requested_by, j.queued_at, j.started_at, j.finished_at
            from job_run j left join source s on s.id = j.source_id
            """;
    private static final TypeReference<List<ErrorSample>> SAMPLES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JobRunRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public JobRun insert(Long sourceId, String trigger, String requestedBy) {
        long id = jdbc.sql("insert into job_run(source_id, trigger, requested_by) values (:s, :t, :by) returning id")
                .param("s", sourceId)
                .param("t", trigger)
                .param("by", requestedBy)
                .query(Long.class)
                .single();
        return find(id).orElseThrow();
    }

    public Optional<JobRun> find(long id) {
        return jdbc.sql(SELECT + " where j.id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    public List<JobRun> list(Long sourceId, int limit, int offset) {
        return jdbc.sql(SELECT + " where (cast(:s as bigint) is null or j.source_id = :s) order by j.id desc "
                        + "limit :limit offset :offset")
                .param("s", sourceId)
                .param("limit", limit)
                .param("offset", offset)
                .query(this::map)
                .list();
    }

    /** The newest run of every source that has run at least once, by source name. */
    public List<JobRun> latestPerSource() {
        return jdbc.sql("""
                        with latest as (
                            select distinct on (source_id) id from job_run
                             where source_id is not null order by source_id, queued_at desc, id desc)
                        """ + SELECT + " where j.id in (select id from latest) order by s.name, j.id")
                .query(this::map)
                .list();
    }

    /** The newest finished runs that failed or had items fail, newest first. */
    public List<JobRun> recentFailures(int limit) {
        return jdbc.sql(SELECT + " where j.status = 'FAILED' or j.failed > 0 order by j.id desc limit :limit")
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    public long count(Long sourceId) {
        return jdbc.sql("select count(*) from job_run where (cast(:s as bigint) is null or source_id = :s)")
                .param("s", sourceId)
                .query(Long.class)
                .single();
    }

    public Optional<Instant> lastFinished() {
        return jdbc.sql("select max(finished_at) from job_run")
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single();
    }

    public Optional<JobRun> findActive(long sourceId) {
        return jdbc.sql(SELECT + " where j.source_id = :s and j.status in ('QUEUED','RUNNING') order by j.id limit 1")
                .param("s", sourceId)
                .query(this::map)
                .optional();
    }

    /** Runs that a crash or shutdown interrupted: they are resumed on the next start. */
    public List<JobRun> findUnfinished() {
        return jdbc.sql(SELECT + " where j.status in ('QUEUED','RUNNING') order by j.id")
                .query(this::map)
                .list();
    }

    /**
     * Moves a queued (or interrupted running) run to RUNNING and resets its counts, which the run recounts.
     * False when the run was cancelled or finished meanwhile.
     */
    public boolean start(long id) {
        return jdbc.sql("""
                update job_run set status = 'RUNNING', started_at = coalesce(started_at, now()), seen = 0,
                       new_count = 0, duplicate = 0, failed = 0, total_expected = null, error_samples = '[]'
                where id = :id and status in ('QUEUED','RUNNING') and not cancel_requested
                """).param("id", id).update() > 0;
    }

    /** Writes the counts and answers whether a cancel was requested meanwhile. */
    public boolean progress(long id, JobCounts counts) {
        return jdbc.sql("""
                        update job_run set seen = :seen, new_count = :added, duplicate = :dup, failed = :failed,
                               total_expected = :total, error_samples = cast(:errors as jsonb)
                        where id = :id returning cancel_requested
                        """)
                .param("id", id)
                .param("seen", counts.seenCount())
                .param("added", counts.newCount())
                .param("dup", counts.duplicateCount())
                .param("failed", counts.failedCount())
                .param("total", counts.total())
                .param("errors", json.writeValueAsString(counts.errors()))
                .query(Boolean.class)
                .optional()
                .orElse(true);
    }

    public void finish(long id, JobStatus status, String message) {
        jdbc.sql("update job_run set status = :status, finished_at = now(), message = :message "
                        + "where id = :id and status in ('QUEUED','RUNNING')")
                .param("id", id)
                .param("status", status.name())
                .param("message", message)
                .update();
    }

    /** A queued run is cancelled at once; a running one is asked to stop at its next document. */
    public boolean requestCancel(long id) {
        int queued = jdbc.sql("update job_run set status = 'CANCELLED', cancel_requested = true, finished_at = now(), "
                        + "message = 'cancelled before it started' where id = :id and status = 'QUEUED'")
                .param("id", id)
                .update();
        if (queued > 0) {
            return true;
        }
        return jdbc.sql("update job_run set cancel_requested = true where id = :id and status = 'RUNNING'")
                        .param("id", id)
                        .update()
                > 0;
    }

    private JobRun map(ResultSet rs, int row) throws SQLException {
        long sourceId = rs.getLong("source_id");
        boolean noSource = rs.wasNull();
        int total = rs.getInt("total_expected");
        boolean noTotal = rs.wasNull();
        return new JobRun(
                rs.getLong("id"),
                noSource ? null : sourceId,
                rs.getString("source_name"),
                JobStatus.valueOf(rs.getString("status")),
                rs.getString("trigger"),
                rs.getInt("seen"),
                rs.getInt("new_count"),
                rs.getInt("duplicate"),
                rs.getInt("failed"),
                noTotal ? null : total,
                json.readValue(rs.getString("error_samples"), SAMPLES),
                rs.getString("message"),
                rs.getBoolean("cancel_requested"),
                rs.getString("requested_by"),
                instant(rs.getTimestamp("queued_at")),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
