package org.pactwatch.search;

/** A query that cannot be run; the message says why in words a user understands. */
public class InvalidQueryException extends RuntimeException {

    public InvalidQueryException(String message) {
        super(message);
    }
}
