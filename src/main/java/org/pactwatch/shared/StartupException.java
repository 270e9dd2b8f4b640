package org.pactwatch.shared;

/** A configuration problem that stops the application; its message is the one line shown to the user. */
public class StartupException extends RuntimeException {

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
