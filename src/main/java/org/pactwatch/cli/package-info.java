/**
 * Command-line interface of the same jar: {@code extract}, {@code evaluate}, {@code ingest},
 * {@code reindex}, {@code users}. Commands that need the database start Spring without a web server;
 * {@code extract} starts neither.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"company", "extraction", "ingest", "search", "security", "shared"})
package org.pactwatch.cli;
