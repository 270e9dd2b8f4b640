package org.pactwatch.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.pactwatch.FullTier;

/**
 * What ships: the packaged jar (built before the full tier runs) stays within 250 MB, carries the CoreNLP models
 * the pipeline loads as plain classes and not CoreNLP's full models jar.
 */
@FullTier
class PackagedJarTest {

    static final long MAX_BYTES = 250_000_000L;

    @Test
    void theJarShipsOnlyTheModelsThePipelineLoads() throws Exception {
        Path jar = Path.of("target", "pactwatch.jar");
        assertThat(jar).as("run after package (Failsafe does)").exists();
        assertThat(Files.size(jar)).as("size of %s", jar).isLessThanOrEqualTo(MAX_BYTES);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> names = zip.stream().map(ZipEntry::getName).toList();
            assertThat(names)
                    .noneMatch(n -> n.startsWith("BOOT-INF/lib/stanford-corenlp") && n.endsWith("-models.jar"));
            for (String model : SlimModelsTest.MODELS) {
                assertThat(names).contains("BOOT-INF/classes/" + model);
            }
            assertThat(names.stream()
                            .filter(n -> n.startsWith("BOOT-INF/classes/edu/stanford/nlp/models/") && !n.endsWith("/")))
                    .containsExactlyInAnyOrderElementsOf(SlimModelsTest.MODELS.stream()
                            .map(m -> "BOOT-INF/classes/" + m)
                            .toList());
        }
    }
}
