package org.pactwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
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

    /**
     * Every module declares the modules it may depend on ({@code allowedDependencies}), so that a new dependency
     * is a visible change of its package-info; {@link #modulesRespectTheirBoundaries} checks the code keeps to it.
     */
    @Test
    void everyModuleDeclaresItsAllowedDependencies() throws Exception {
        Set<String> undeclared = new TreeSet<>();
        for (var module : modules) {
            String name = module.getIdentifier().toString();
            ApplicationModule declared = Class.forName(module.getBasePackage().getName() + ".package-info")
                    .getAnnotation(ApplicationModule.class);
            assertThat(declared).as(name).isNotNull();
            if (List.of(declared.allowedDependencies()).contains(ApplicationModule.OPEN_TOKEN)) {
                undeclared.add(name);
            }
        }
        assertThat(undeclared).as("modules without allowedDependencies").isEmpty();
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
