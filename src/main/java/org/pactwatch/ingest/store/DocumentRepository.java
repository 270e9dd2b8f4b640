package org.pactwatch.ingest.store;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pactwatch.ingest.DocumentDetail;
import org.pactwatch.ingest.DocumentKind;
import org.pactwatch.ingest.DocumentPage;
import org.pactwatch.ingest.DocumentStored;
import org.pactwatch.ingest.DocumentSummary;
import org.pactwatch.ingest.parse.DocumentDraft;
import org.pactwatch.ingest.parse.FilingInfo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores documents, deduplicated by canonical URL and by SHA-256 of the normalized text, and publishes
 * {@link DocumentStored} in the same transaction (the Modulith event registry re-delivers it after a crash).
 * A document that could not be read is kept as FAILED with its reason so that it can be retried.
 */
@Repository
public class DocumentRepository {

    private static final String SUMMARY_COLUMNS = "id, kind, title, url, canonical_url, publisher, published_date, "
            + "fetched_at, status, error, source_id, job_run_id, filing_form, filing_company";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    DocumentRepository(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    private record Existing(long id, String status, Long jobRunId) {}

    /** The document already known under this URL (as canonical or fetched URL), if any. */
    public Optional<StoreOutcome> findStored(String url, Long jobRunId) {
        String canonical = UrlCanonicalizer.canonical(url);
        if (canonical == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id, status, job_run_id from document where canonical_url = :c or url = :u "
                        + "order by (status <> 'FAILED') desc limit 1")
                .param("c", canonical)
                .param("u", url)
                .query(DocumentRepository::existing)
                .optional()
                .filter(e -> !e.status().equals("FAILED"))
                .map(e -> duplicate(e, jobRunId));
    }

    @Transactional
    public StoreOutcome store(DocumentDraft draft, Long sourceId, Long jobRunId) throws InvalidDocumentException {
        String text = draft.text() == null ? "" : TextFingerprint.normalize(draft.text());
        if (text.isBlank()) {
            throw new InvalidDocumentException("document has no text");
        }
        String sha = TextFingerprint.of(text);
        String canonical =
                UrlCanonicalizer.canonical(draft.canonicalUrl() != null ? draft.canonicalUrl() : draft.url());
        String fetched = UrlCanonicalizer.canonical(draft.url());

        Optional<Existing> byUrl = canonical == null ? Optional.empty() : findByCanonical(canonical);
        if (byUrl.isPresent() && !byUrl.get().status().equals("FAILED")) {
            return duplicate(byUrl.get(), jobRunId);
        }
        Optional<Existing> bySha = findBySha(sha);
        if (bySha.isPresent()) {
            return duplicate(bySha.get(), jobRunId);
        }
        Optional<Existing> failed = byUrl.or(() -> fetched == null ? Optional.empty() : findByCanonical(fetched))
                .filter(e -> e.status().equals("FAILED"));
        long id;
        if (failed.isPresent()) {
            id = failed.get().id();
            write("""
                    update document set source_id = :source, job_run_id = :job, kind = :kind, url = :url,
                        canonical_url = :canonical, title = :title, byline = :byline, publisher = :publisher,
                        published_date = :published, fetched_at = now(), content_type = :contentType, text = :text,
                        sha256 = :sha, language = :language, filing_form = :form, filing_cik = :cik,
                        filing_company = :company, filing_accession = :accession, filing_date = :filed,
                        status = 'STORED', error = null, updated_at = now()
                    where id = :id returning id
                    """, draft, id, sourceId, jobRunId, canonical, text, sha);
        } else {
            Optional<Long> inserted = write("""
                    insert into document(source_id, job_run_id, kind, url, canonical_url, title, byline, publisher,
                        published_date, content_type, text, sha256, language, filing_form, filing_cik, filing_company,
                        filing_accession, filing_date, status)
                    values (:source, :job, :kind, :url, :canonical, :title, :byline, :publisher, :published,
                        :contentType, :text, :sha, :language, :form, :cik, :company, :accession, :filed, 'STORED')
                    on conflict do nothing returning id
                    """, draft, null, sourceId, jobRunId, canonical, text, sha);
            if (inserted.isEmpty()) {
                // Lost a race with a concurrent job storing the same document.
                Existing other = (canonical == null ? Optional.<Existing>empty() : findByCanonical(canonical))
                        .or(() -> findBySha(sha))
                        .orElseThrow(() -> new IllegalStateException("insert conflicted with no visible row"));
                return duplicate(other, jobRunId);
            }
            id = inserted.get();
        }
        events.publishEvent(new DocumentStored(id));
        return new StoreOutcome(true, id, false);
    }

    /** Keeps a document that could not be read as FAILED with its reason (only when it has a URL to retry). */
    @Transactional
    public void recordFailure(
            String url,
            DocumentKind kind,
            String title,
            FilingInfo filing,
            String error,
            Long sourceId,
            Long jobRunId) {
        String canonical = UrlCanonicalizer.canonical(url);
        if (canonical == null) {
            return;
        }
        FilingInfo info = filing == null ? new FilingInfo(null, null, null, null, null) : filing;
        jdbc.sql("""
                insert into document(source_id, job_run_id, kind, url, canonical_url, title, status, error,
                    filing_form, filing_cik, filing_company, filing_accession, filing_date)
                values (:source, :job, :kind, :url, :canonical, :title, 'FAILED', :error, :form, :cik, :company,
                    :accession, :filed)
                on conflict (canonical_url) do update set error = excluded.error, job_run_id = excluded.job_run_id,
                    fetched_at = now(), updated_at = now()
                where document.status = 'FAILED'
                """)
                .param("source", sourceId)
                .param("job", jobRunId)
                .param("kind", (kind == null ? DocumentKind.NEWS : kind).name())
                .param("url", url)
                .param("canonical", canonical)
                .param("title", title)
                .param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
                .param("form", info.form())
                .param("cik", info.cik())
                .param("company", info.company())
                .param("accession", info.accession())
                .param("filed", date(info.filed()))
                .update();
    }

    public List<FailedDocument> findFailed(long jobRunId) {
        return jdbc.sql("""
                        select id, url, kind, title, filing_form, filing_cik, filing_company, filing_accession,
                               filing_date, source_id
                        from document where job_run_id = :job and status = 'FAILED' order by id
                        """)
                .param("job", jobRunId)
                .query((rs, n) -> {
                    long source = rs.getLong("source_id");
                    boolean noSource = rs.wasNull();
                    FilingInfo filing = rs.getString("filing_form") == null
                            ? null
                            : new FilingInfo(
                                    rs.getString("filing_form"),
                                    rs.getString("filing_cik"),
                                    rs.getString("filing_company"),
                                    rs.getString("filing_accession"),
                                    localDate(rs.getDate("filing_date")));
                    return new FailedDocument(
                            rs.getLong("id"),
                            rs.getString("url"),
                            DocumentKind.valueOf(rs.getString("kind")),
                            rs.getString("title"),
                            filing,
                            noSource ? null : source);
                })
                .list();
    }

    public long countFailed(long jobRunId) {
        return jdbc.sql("select count(*) from document where job_run_id = :job and status = 'FAILED'")
                .param("job", jobRunId)
                .query(Long.class)
                .single();
    }

    /** Documents whose title or text contains {@code q} (case-insensitive), newest first. */
    /** All documents, newest first; {@code status} (null: any) filters. */
    public DocumentPage list(String status, int page, int size) {
        String where = " where (cast(:status as text) is null or status = :status)";
        long total = jdbc.sql("select count(*) from document" + where)
                .param("status", status)
                .query(Long.class)
                .single();
        List<DocumentSummary> items = jdbc.sql(
                        "select " + SUMMARY_COLUMNS + " from document" + where
                                + " order by coalesce(published_date, fetched_at::date) desc, id desc limit :size offset :offset")
                .param("status", status)
                .param("size", size)
                .param("offset", (long) page * size)
                .query(DocumentRepository::summary)
                .list();
        return new DocumentPage(total, items);
    }

    /** One page of the documents among {@code rankedIds} with the status (null: any), in the ranking's order. */
    public DocumentPage pageOf(List<Long> rankedIds, String status, int page, int size) {
        if (rankedIds.isEmpty()) {
            return new DocumentPage(0, List.of());
        }
        Set<Long> kept = new HashSet<>(jdbc.sql("""
                        select id from document
                         where id in (:ids) and (cast(:status as text) is null or status = :status)
                        """)
                .param("ids", rankedIds)
                .param("status", status)
                .query(Long.class)
                .list());
        List<Long> filtered = rankedIds.stream().filter(kept::contains).toList();
        long from = Math.min((long) page * size, filtered.size());
        List<Long> pageIds = filtered.subList((int) from, (int) Math.min(from + size, filtered.size()));
        if (pageIds.isEmpty()) {
            return new DocumentPage(filtered.size(), List.of());
        }
        Map<Long, DocumentSummary> byId = new HashMap<>();
        jdbc.sql("select " + SUMMARY_COLUMNS + " from document where id in (:ids)")
                .param("ids", pageIds)
                .query(DocumentRepository::summary)
                .list()
                .forEach(d -> byId.put(d.id(), d));
        return new DocumentPage(
                filtered.size(),
                pageIds.stream().map(byId::get).filter(Objects::nonNull).toList());
    }

    public Optional<DocumentDetail> find(long id) {
        return jdbc.sql("""
                        select id, kind, title, byline, url, canonical_url, publisher, published_date, fetched_at,
                               content_type, language, sha256, status, error, source_id, job_run_id, filing_form,
                               filing_cik, filing_company, filing_accession, filing_date, text
                        from document where id = :id
                        """)
                .param("id", id)
                .query((rs, n) -> new DocumentDetail(
                        rs.getLong("id"),
                        DocumentKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getString("byline"),
                        rs.getString("url"),
                        rs.getString("canonical_url"),
                        rs.getString("publisher"),
                        localDate(rs.getDate("published_date")),
                        instant(rs.getTimestamp("fetched_at")),
                        rs.getString("content_type"),
                        rs.getString("language"),
                        rs.getString("sha256"),
                        rs.getString("status"),
                        rs.getString("error"),
                        nullableLong(rs, "source_id"),
                        nullableLong(rs, "job_run_id"),
                        rs.getString("filing_form"),
                        rs.getString("filing_cik"),
                        rs.getString("filing_company"),
                        rs.getString("filing_accession"),
                        localDate(rs.getDate("filing_date")),
                        rs.getString("text")))
                .optional();
    }

    /**
     * Records the outcome of extracting a document: EXTRACTED (clearing any earlier error) or FAILED with its
     * reason, with the extractor's version. Joins the caller's transaction, so that the status commits with the
     * deals extracted from the document.
     */
    public void recordExtraction(long id, boolean extracted, String error, String extractorVersion) {
        jdbc.sql("""
                        update document set status = :status, error = :error, extractor_version = :version,
                               updated_at = clock_timestamp()
                         where id = :id
                        """)
                .param("status", extracted ? "EXTRACTED" : "FAILED")
                .param("error", extracted ? null : error)
                .param("version", extractorVersion)
                .param("id", id)
                .update();
    }

    public long count() {
        return jdbc.sql("select count(*) from document").query(Long.class).single();
    }

    public long countReadable() {
        return jdbc.sql("select count(*) from document where status <> 'FAILED'")
                .query(Long.class)
                .single();
    }

    private Optional<Long> write(
            String sql,
            DocumentDraft draft,
            Long id,
            Long sourceId,
            Long jobRunId,
            String canonical,
            String text,
            String sha) {
        FilingInfo info = draft.filing() == null ? new FilingInfo(null, null, null, null, null) : draft.filing();
        var statement = jdbc.sql(sql)
                .param("source", sourceId)
                .param("job", jobRunId)
                .param("kind", (draft.kind() == null ? DocumentKind.NEWS : draft.kind()).name())
                .param("url", draft.url())
                .param("canonical", canonical)
                .param("title", truncate(draft.title(), 1000))
                .param("byline", truncate(draft.byline(), 500))
                .param("publisher", truncate(draft.publisher(), 500))
                .param("published", date(draft.published()))
                .param("contentType", draft.contentType())
                .param("text", text)
                .param("sha", sha)
                .param("language", truncate(draft.language(), 20))
                .param("form", info.form())
                .param("cik", info.cik())
                .param("company", info.company())
                .param("accession", info.accession())
                .param("filed", date(info.filed()));
        if (id != null) {
            statement = statement.param("id", id);
        }
        return statement.query(Long.class).optional();
    }

    private Optional<Existing> findByCanonical(String canonical) {
        return jdbc.sql("select id, status, job_run_id from document where canonical_url = :c")
                .param("c", canonical)
                .query(DocumentRepository::existing)
                .optional();
    }

    private Optional<Existing> findBySha(String sha) {
        return jdbc.sql("select id, status, job_run_id from document where sha256 = :sha")
                .param("sha", sha)
                .query(DocumentRepository::existing)
                .optional();
    }

    private static StoreOutcome duplicate(Existing existing, Long jobRunId) {
        return new StoreOutcome(false, existing.id(), jobRunId != null && jobRunId.equals(existing.jobRunId()));
    }

    private static Existing existing(ResultSet rs, int row) throws SQLException {
        return new Existing(rs.getLong(1), rs.getString(2), nullableLong(rs, "job_run_id"));
    }

    private static DocumentSummary summary(ResultSet rs, int row) throws SQLException {
        return new DocumentSummary(
                rs.getLong("id"),
                DocumentKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("url"),
                rs.getString("canonical_url"),
                rs.getString("publisher"),
                localDate(rs.getDate("published_date")),
                instant(rs.getTimestamp("fetched_at")),
                rs.getString("status"),
                rs.getString("error"),
                nullableLong(rs, "source_id"),
                nullableLong(rs, "job_run_id"),
                rs.getString("filing_form"),
                rs.getString("filing_company"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
