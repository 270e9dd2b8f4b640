package org.pactwatch.ingest.source;

/** The source as a whole could not be read (feed unreachable, not a feed, folder missing …). */
public final class SourceException extends Exception {

    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
