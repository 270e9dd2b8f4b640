package org.pactwatch.shared;

import java.net.BindException;
import java.sql.SQLException;

/** Turns an exception thrown while starting into one line that names the problem and the fix. */
public final class StartupFailure {

    private StartupFailure() {}

    /** One line naming the problem and the fix for an exception thrown during start-up. */
    public static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StartupException) {
                return "pactwatch: " + t.getMessage();
            }
            String type = t.getClass().getSimpleName();
            if (t instanceof BindException || type.equals("PortInUseException")) {
                return "pactwatch: the HTTP port is already in use; stop the other process or set PACTWATCH_PORT";
            }
            if (t instanceof SQLException) {
                return "pactwatch: cannot use the database (" + firstLine(t.getMessage())
                        + "); check PACTWATCH_DB_URL, PACTWATCH_DB_USER and PACTWATCH_DB_PASSWORD";
            }
        }
        return "pactwatch: failed to start: " + firstLine(rootCause(failure).toString());
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "no details";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
