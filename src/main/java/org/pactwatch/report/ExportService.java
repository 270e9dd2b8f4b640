package org.pactwatch.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Regulators' tie-up summaries and their exports. Every export is stored (so it can be downloaded
 * again byte for byte) and written to the audit log with the SHA-256 of the file.
 */
public interface ExportService {

    /** Company names a scope can name, sorted. */
    List<String> companyNames();

    /** The summary as of {@code generatedAt}; throws {@link InvalidExportException} for an unknown company. */
    TieUpSummary summarize(ExportScope scope, Instant generatedAt);

    /** The file bytes for a summary: a pure function of the summary (and so of the data and the generation time). */
    byte[] render(TieUpSummary summary, ExportFormat format);

    /** The summary as an HTML fragment for on-screen preview (escaped, self-contained). */
    String previewHtml(ExportScope scope);

    /** Produces, stores and audits an export made by {@code actor}. */
    ExportFile export(String actor, ExportScope scope, ExportFormat format);

    /** Past exports, newest first, a page at a time. */
    List<ExportRecord> list(int offset, int limit);

    /** A stored export, for downloading again. */
    Optional<ExportFile> find(long id);

    /** The JSON Schema (draft 2020-12) of the JSON export. */
    String jsonSchema();
}
