package org.pactwatch.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What the commands that run the extractor over a gold set share: {@code --threads}, and output kept on stdout. */
final class ExtractionRun {

    @Option(names = "--threads", description = "extraction threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Runs {@code body} on the command's output, logging to stderr (see {@link CliLogging#keepingStdout}). */
    int keepingStdout(CliLogging.Body body) throws Exception {
        return CliLogging.keepingStdout(command, body);
    }
}
