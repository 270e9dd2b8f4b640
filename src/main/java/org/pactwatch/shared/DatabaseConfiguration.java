package org.pactwatch.shared;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database: the PostgreSQL named by {@code PACTWATCH_DB_URL}, or else an embedded PostgreSQL whose
 * files live in the data directory and survive restarts.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean
    DataDirectory dataDirectory(@Value("${pactwatch.data-dir:}") String dataDir) {
        return DataDirectory.resolve(dataDir);
    }

    @Bean
    DatabaseLocation databaseLocation(
            DataDirectory dataDirectory,
            @Value("${pactwatch.db.url:}") String url,
            @Value("${pactwatch.db.user:}") String user,
            @Value("${pactwatch.db.password:}") String password) {
        if (!url.isBlank()) {
            return DatabaseLocation.external(url, user, password);
        }
        return DatabaseLocation.embedded(startEmbedded(dataDirectory));
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(
            DatabaseLocation location, @Value("${pactwatch.db.connect-timeout-ms:10000}") long connectTimeoutMs) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.jdbcUrl());
        config.setUsername(location.user());
        config.setPassword(location.password());
        config.setMaximumPoolSize(10);
        config.setPoolName("pactwatch");
        config.setInitializationFailTimeout(connectTimeoutMs);
        config.setConnectionTimeout(Math.max(250, connectTimeoutMs));
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StartupException(
                    "cannot connect to the database at " + location.jdbcUrl()
                            + "; check PACTWATCH_DB_URL, PACTWATCH_DB_USER and PACTWATCH_DB_PASSWORD",
                    e);
        }
        try (Connection ignored = dataSource.getConnection()) {
            log.info("Database: {}", location.describe());
        } catch (SQLException e) {
            dataSource.close();
            throw new StartupException("cannot connect to the database at " + location.jdbcUrl(), e);
        }
        return dataSource;
    }

    static EmbeddedPostgres startEmbedded(DataDirectory dataDirectory) {
        OrphanedPostgres.stopIfLeftBehind(dataDirectory.root().resolve("postgres"));
        EmbeddedDatabaseUpgrade.refuseOlder(dataDirectory);
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.resolveDirectory("postgres"))
                    .setCleanDataDirectory(false)
                    // Spring stops it (DatabaseLocation.close) after the beans that use it; zonky's own JVM hook
                    // would stop it in parallel, failing the handlers and the event registry still shutting down
                    .setRegisterShutdownHook(false)
                    .setOverrideWorkingDirectory(
                            dataDirectory.resolveDirectory("postgres-runtime").toFile())
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new StartupException(
                    "the embedded PostgreSQL in " + dataDirectory.root()
                            + " did not start (is another Pactwatch using this data directory?); stop it or set "
                            + DataDirectory.ENV,
                    e);
        }
    }
}
