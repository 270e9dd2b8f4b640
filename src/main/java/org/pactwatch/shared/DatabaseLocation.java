package org.pactwatch.shared;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;

/** Where the database is: an external server, or the embedded one this process started (and stops). */
public final class DatabaseLocation implements AutoCloseable {

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;

    private DatabaseLocation(String jdbcUrl, String user, String password, EmbeddedPostgres embedded) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    static DatabaseLocation external(String url, String user, String password) {
        return new DatabaseLocation(url, user, password, null);
    }

    static DatabaseLocation embedded(EmbeddedPostgres postgres) {
        return new DatabaseLocation(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", postgres);
    }

    /** The JDBC URL of the database. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The database user. */
    public String user() {
        return user;
    }

    /** The database user's password. */
    public String password() {
        return password;
    }

    /** Whether this is the embedded PostgreSQL rather than an external one. */
    public boolean isEmbedded() {
        return embedded != null;
    }

    /** Where the database is, for logs and messages (never the password). */
    public String describe() {
        return isEmbedded() ? "embedded PostgreSQL on port " + embedded.getPort() : jdbcUrl;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
