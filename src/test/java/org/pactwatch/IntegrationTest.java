package org.pactwatch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for integration tests: the whole application on a random port with a real embedded PostgreSQL
 * in a temporary data directory. All subclasses share one Spring context (and one database).
 */
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
            return Files.createTempDirectory("pactwatch-it-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
