package org.pactwatch.cli;

import picocli.CommandLine.Option;

/** The {@code --threads} option of the commands that run the extractor over a gold set. */
final class ExtractionThreads {

    @Option(names = "--threads", description = "extraction threads (default: all cores)")
    int count = Runtime.getRuntime().availableProcessors();
}
