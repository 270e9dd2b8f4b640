package org.pactwatch.report;

import java.util.Locale;

/** The file formats a tie-up summary can be exported to. */
public enum ExportFormat {
    PDF("application/pdf", "pdf"),
    CSV("text/csv; charset=UTF-8", "csv"),
    JSON("application/json", "json"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The MIME type of files in this format. */
    public String contentType() {
        return contentType;
    }

    /** The file-name extension of this format, without the dot. */
    public String extension() {
        return extension;
    }

    /** Parses a format name case-insensitively; the message lists the accepted names. */
    public static ExportFormat parse(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidExportException("format is required: one of PDF, CSV, JSON, XLSX");
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidExportException("unknown format '" + name + "': use one of PDF, CSV, JSON, XLSX");
        }
    }
}
