package org.pactwatch.cli;

import org.pactwatch.PactwatchApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application without a web server, for CLI commands that need the database. */
final class SpringContext {

    private SpringContext() {}

    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PactwatchApplication.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "pactwatch.mode=cli",
                        "pactwatch.sample-data=false",
                        "spring.main.banner-mode=off",
                        "logging.level.root=WARN")
                .run();
    }
}
