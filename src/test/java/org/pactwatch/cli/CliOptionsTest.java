package org.pactwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The pieces the gold-set commands share: the {@code --threads} mixin and keeping stdout for the output. */
class CliOptionsTest {

    @Test
    void evaluateAndTrainScorerTakeThreadsAndDefaultToAllCores() {
        EvaluateCommand evaluate = new EvaluateCommand();
        new CommandLine(evaluate).parseArgs("--threads", "3");
        assertThat(evaluate.run.threads).isEqualTo(3);

        TrainScorerCommand train = new TrainScorerCommand();
        new CommandLine(train).parseArgs("--texts", "cache");
        assertThat(train.run.threads).isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    @Test
    void keepingStdoutSendsSystemOutToStderrFlushesAndRestoresItEvenOnFailure() {
        PrintStream before = System.out;
        StringWriter written = new StringWriter();
        CommandLine cli = new CommandLine(new EvaluateCommand());
        cli.setOut(new PrintWriter(written, false));

        assertThatThrownBy(() -> CliLogging.keepingStdout(cli.getCommandSpec(), out -> {
                    assertThat(System.out).isSameAs(System.err);
                    out.print("report");
                    throw new IllegalStateException("failed");
                }))
                .hasMessage("failed");
        assertThat(System.out).isSameAs(before);
        assertThat(written).hasToString("report");
    }
}
