package org.pactwatch.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

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

    /** What a command does with its output once stdout is kept for it: returns the exit code. */
    @FunctionalInterface
    interface Body {
        int run(PrintWriter out) throws Exception;
    }

    /**
     * Runs {@code body} on the command's output with System.out on stderr, then flushes the output and restores
     * System.out.
     */
    static int keepingStdout(CommandSpec spec, Body body) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintStream stdout = toStderr();
        try {
            return body.run(out);
        } finally {
            out.flush();
            restore(stdout);
        }
    }
}
