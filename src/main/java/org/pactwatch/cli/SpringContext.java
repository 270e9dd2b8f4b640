package org.pactwatch.cli;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application without a web server, for CLI commands that need the database. */
final class SpringContext {

    /** The application class, handed over by the entry point (the cli module must not depend on it). */
    static Class<?> application;

    /** Vaadin's auto-configurations assume a web server; commands run without one. */
    public static final String WITHOUT_WEB_UI = "--spring.autoconfigure.exclude="
            + "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
            + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,"
            + "com.vaadin.flow.spring.VaadinScopesConfig";

    private SpringContext() {}

    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .run(
                        "--pactwatch.mode=cli",
                        WITHOUT_WEB_UI,
                        "--pactwatch.sample-data=false",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN");
    }
}
