package org.pactwatch.ingest.parse;

/** Content that cannot be turned into a document; the message names the reason. */
public final class ParseException extends Exception {

    public ParseException(String message) {
        super(message);
    }

    public ParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
