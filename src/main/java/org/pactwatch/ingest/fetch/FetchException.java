package org.pactwatch.ingest.fetch;

/** A fetch that did not produce a usable body; the message says why in terms a user understands. */
public final class FetchException extends Exception {

    private final int status;

    public FetchException(String message) {
        this(message, 0, null);
    }

    public FetchException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status that caused this, or 0 when none was received. */
    public int status() {
        return status;
    }
}
