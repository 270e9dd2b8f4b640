package org.pactwatch.ingest.store;

/** A draft that cannot be stored (no text, say). */
public final class InvalidDocumentException extends Exception {

    public InvalidDocumentException(String message) {
        super(message);
    }
}
