package org.pactwatch.report;

/** A scope or format that cannot be exported; the message tells the caller what to change. */
public final class InvalidExportException extends RuntimeException {

    public InvalidExportException(String message) {
        super(message);
    }
}
