package org.pactwatch.report;

/** An exported file as stored in the export record: its bytes and the SHA-256 of those bytes. */
public record ExportFile(long id, String fileName, ExportFormat format, String sha256, byte[] content) {

    /** The MIME type of the file's format. */
    public String contentType() {
        return format.contentType();
    }
}
