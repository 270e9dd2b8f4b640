package org.pactwatch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Base for integration tests: the whole application on a random port with a real embedded PostgreSQL
 * in a temporary data directory. All subclasses share one Spring context (and one database).
 */
@FullTier
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-pass-123";

    protected static final Path DATA_DIR = createDataDir();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("pactwatch.data-dir", DATA_DIR::toString);
        registry.add("pactwatch.sample-data", () -> "false");
        registry.add("pactwatch.admin-password", () -> ADMIN_PASSWORD);
        registry.add("pactwatch.fetch.allowed-hosts", () -> "localhost,127.0.0.1");
        // Ingest tests fetch from a local server: no politeness delay there, short retry waits.
        registry.add("pactwatch.fetch.host-rates[127.0.0.1]", () -> "1000");
        registry.add("pactwatch.fetch.host-rates[localhost]", () -> "1000");
        registry.add("pactwatch.fetch.retry-backoff", () -> "50ms");
        registry.add("pactwatch.fetch.max-retry-wait", () -> "2s");
        registry.add("pactwatch.fetch.read-timeout", () -> "5s");
        registry.add("pactwatch.ingest.folder-roots", DATA_DIR::toString);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    private static Path createDataDir() {
        try {
            Path dir = Files.createTempDirectory("pactwatch-it-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteOnceDatabaseStopped(dir)));
            return dir;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Shutdown hooks run together: Spring's stops the embedded PostgreSQL while this one waits for its pid
     * file to go, so the few hundred megabytes of a test database do not pile up in the temp directory.
     */
    private static void deleteOnceDatabaseStopped(Path dir) {
        Path pidFile = dir.resolve("postgres").resolve("postmaster.pid");
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        try {
            while (Files.exists(pidFile) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            if (!Files.exists(pidFile)) {
                FileSystemUtils.deleteRecursively(dir);
            }
        } catch (IOException | InterruptedException e) {
            System.err.println("Test data directory " + dir + " was left behind: " + e);
        }
    }
}
