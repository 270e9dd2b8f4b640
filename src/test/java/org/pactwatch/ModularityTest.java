package org.pactwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the module boundaries and writes the module documentation to docs/modules. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(PactwatchApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains(
                        "ingest",
                        "extraction",
                        "company",
                        "deal",
                        "search",
                        "graph",
                        "report",
                        "security",
                        "ui",
                        "cli");
    }

    @Test
    void writesModuleDocumentation() throws Exception {
        Path out = Path.of("docs", "modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(out.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(Files.list(out).map(p -> p.getFileName().toString()))
                .anyMatch(name -> name.startsWith("components"));
    }
}
