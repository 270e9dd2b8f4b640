package org.pactwatch.cli;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application without a web server, for CLI commands that need the database. */
final class SpringContext {

    /** The application class, handed over by the entry point (the cli module must not depend on it). */
    static Class<?> application;

    private SpringContext() {}

    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties(
                        "pactwatch.mode=cli",
                        "pactwatch.sample-data=false",
                        "spring.main.banner-mode=off",
                        "logging.level.root=WARN")
                .run();
    }
}
