-- The dashboard briefing at 100,000 deals (see docs/benchmarks.md "Dashboard").

-- Deals new since a date, newest first (deal module's table).
create index deal_live_created_idx on deal(created_at desc, id desc)
    where merged_into_id is null and review_state <> 'REJECTED';

-- The review queue: unreviewed deals, least confident first (deal module's table).
create index deal_unreviewed_confidence_idx on deal(confidence, id)
    where merged_into_id is null and review_state = 'UNREVIEWED';

-- Ingest health: the runs that failed or had items fail, newest first (ingest module's table).
create index job_run_failures_idx on job_run(id desc) where status = 'FAILED' or failed > 0;
