package org.pactwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.pactwatch.FullTier;
import org.pactwatch.PactwatchApplication;

/** {@code reindex} starts the application without a web server on its own data directory and rebuilds the index. */
@FullTier
class ReindexCommandTest {

    @Test
    void rebuildsTheIndexOfAnEmptyDatabase() throws Exception {
        Path dataDir = Files.createTempDirectory("pactwatch-reindex-");
        PrintStream originalOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setProperty("pactwatch.data-dir", dataDir.toString());
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = PactwatchCli.run(new String[] {"reindex"}, PactwatchApplication.class);
        } finally {
            System.setOut(originalOut);
            System.clearProperty("pactwatch.data-dir");
        }
        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("reindexed 0 records")
                .contains("(lag 0)");
        assertThat(dataDir.resolve("index"))
                .isDirectoryContaining(p -> p.getFileName().toString().startsWith("segments"));
    }
}
