-- The ingest module's published read view of stored documents (owner: ingest; see "Who owns which table" in
-- docs/architecture.md). Other modules read documents through it, never the table; a plain projection, so the
-- planner inlines it and the table's indexes serve the reader. Changing its columns is a new ingest migration.

-- Documents with their text and provenance (read by deal, report, search).
create view document_read as
select id, kind, url, canonical_url, title, publisher, published_date, fetched_at, sha256, text, filing_company,
       status, updated_at
  from document;
