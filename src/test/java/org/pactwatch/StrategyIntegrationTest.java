package org.pactwatch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.pactwatch.graph.StrategyFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for the strategist views' tests: like {@link IntegrationTest}, but on a database of its own seeded
 * with {@link StrategyFixture}, so that exact sums and counts do not depend on what other modules' tests
 * insert into the shared one. All subclasses share this one context.
 */
@FullTier
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class StrategyIntegrationTest {

    private static final Path DATA_DIR = createDataDir();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected StrategyFixture fixture;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("pactwatch.data-dir", DATA_DIR::toString);
        registry.add("pactwatch.sample-data", () -> "false");
        registry.add("pactwatch.admin-password", () -> IntegrationTest.ADMIN_PASSWORD);
        registry.add("pactwatch.fetch.allowed-hosts", () -> "localhost,127.0.0.1");
    }

    @BeforeEach
    void seed() {
        fixture = StrategyFixture.seed(jdbc);
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("pactwatch-strategy-it-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
