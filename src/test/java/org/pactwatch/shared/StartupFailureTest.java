package org.pactwatch.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactwatch.PactwatchApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

class StartupFailureTest {

    @Test
    void anUnwritableDataDirectoryIsNamedWithTheFix(@TempDir Path temp) throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-directory"), "x");
        assertThatThrownBy(() -> DataDirectory.resolve(file.resolve("data").toString()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("not writable")
                .hasMessageContaining("PACTWATCH_DATA_DIR");
    }

    @Test
    void aPortInUseBecomesOneLine() {
        RuntimeException failure = new IllegalStateException("web server", new BindException("Address already in use"));
        String line = StartupFailure.describe(failure);
        assertThat(line).doesNotContain("\n").contains("port is already in use").contains("PACTWATCH_PORT");
    }

    @Test
    void aBadDatabaseUrlStopsStartWithOneLine(@TempDir Path temp) {
        SpringApplicationBuilder app =
                new SpringApplicationBuilder(PactwatchApplication.class).web(WebApplicationType.NONE);
        String[] args = {
            "--pactwatch.data-dir=" + temp,
            "--pactwatch.db.url=jdbc:postgresql://127.0.0.1:1/nowhere",
            "--pactwatch.db.user=nobody",
            "--pactwatch.db.connect-timeout-ms=2000",
            "--spring.main.banner-mode=off",
            "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                    + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,com.vaadin.flow.spring.VaadinScopesConfig"
        };
        assertThatThrownBy(() -> app.run(args))
                .satisfies(e -> assertThat(StartupFailure.describe(e))
                        .doesNotContain("\n")
                        .contains("cannot connect to the database at jdbc:postgresql://127.0.0.1:1/nowhere")
                        .contains("PACTWATCH_DB_URL"));
    }
}
