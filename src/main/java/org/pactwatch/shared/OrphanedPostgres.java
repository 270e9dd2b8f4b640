package org.pactwatch.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When Pactwatch is killed, its embedded PostgreSQL keeps running and holds the data directory. On the
 * next start that server is asked to shut down (its clients are gone, so it stops at once) instead of
 * failing the start.
 */
final class OrphanedPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private OrphanedPostgres() {}

    static void stopIfLeftBehind(Path pgData) {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<ProcessHandle> server = readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> servesDirectory(p, pgData));
        server.ifPresent(process -> {
            log.warn("Stopping the embedded PostgreSQL (pid {}) left behind by an earlier run", process.pid());
            process.destroy();
            try {
                process.onExit().get(SHUTDOWN_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                log.warn("The earlier embedded PostgreSQL did not stop within {}", SHUTDOWN_WAIT);
            }
        });
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            List<String> lines = Files.readAllLines(pidFile);
            return lines.isEmpty()
                    ? Optional.empty()
                    : Optional.of(Long.parseLong(lines.getFirst().strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean servesDirectory(ProcessHandle process, Path pgData) {
        String command = process.info().commandLine().orElse("");
        return command.contains("postgres")
                && command.contains(pgData.toAbsolutePath().toString());
    }
}
