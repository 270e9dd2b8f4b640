package org.pactwatch.cli;

import java.io.PrintStream;

/**
 * Keeps stdout for JSON: commands that print data call {@link #toStderr()} before anything logs. It points
 * logback (not yet initialised: no Spring here) at a configuration that writes to stderr, and sends whatever a
 * library prints to System.out to stderr until {@link #restore(PrintStream)}.
 */
final class CliLogging {

    private CliLogging() {}

    /** Returns the previous System.out; from now on System.out is stderr. */
    static PrintStream toStderr() {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "pactwatch-cli-logback.xml");
        }
        PrintStream stdout = System.out;
        System.setOut(System.err);
        return stdout;
    }

    static void restore(PrintStream stdout) {
        System.setOut(stdout);
    }
}
