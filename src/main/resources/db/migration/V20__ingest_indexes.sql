-- Ingest looks documents up by their fetched URL (before fetching again) and failed documents by job run.
create index document_url_idx on document(url);
create index document_job_run_idx on document(job_run_id, status);
create index job_run_status_idx on job_run(status);

-- A retry run re-reads the documents that failed in an earlier run.
alter table job_run add column retry_of bigint references job_run(id) on delete set null;
