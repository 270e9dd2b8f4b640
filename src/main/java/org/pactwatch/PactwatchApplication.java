package org.pactwatch;

import org.pactwatch.cli.PactwatchCli;
import org.pactwatch.shared.StartupFailure;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Entry point: with a CLI command as first argument the jar runs that command (no web server);
 * otherwise it starts the web application.
 */
@SpringBootApplication
@EnableScheduling
public class PactwatchApplication {

    public static void main(String[] args) {
        if (PactwatchCli.handles(args)) {
            System.exit(PactwatchCli.run(args, PactwatchApplication.class));
        }
        try {
            SpringApplication.run(PactwatchApplication.class, args);
        } catch (RuntimeException e) {
            System.err.println(StartupFailure.describe(e));
            System.exit(1);
        }
    }
}
