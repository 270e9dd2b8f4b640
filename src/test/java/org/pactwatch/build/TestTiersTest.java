package org.pactwatch.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;
import org.pactwatch.FullTier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;

/**
 * Keeps the test tiers honest: every test class that starts the application (a Spring Boot test, a child JVM, a
 * browser, a real PostgreSQL or the application's main class) carries {@link FullTier}, so that the fast tier never
 * starts it, and JUnit sees the tier's tag on every such class. Which plugin runs a class follows from the tag alone
 * (see the pom), so no class can fall between the tiers.
 */
class TestTiersTest {

    /** The class-name patterns both Surefire and Failsafe run (pom property pactwatch.test.includes). */
    private static final Pattern TEST_CLASS = Pattern.compile("Test.*|.*Test|.*Tests|.*TestCase");

    /** Class files that name one of these start the application, or a part of it that takes seconds. */
    private static final List<String> STARTERS = List.of(
            "org/pactwatch/AppProcess",
            "org/pactwatch/Browser",
            "org/pactwatch/PactwatchApplication",
            "io/zonky/test/db/postgres/embedded/EmbeddedPostgres");

    /** Fast-tier classes that name a starter without starting the application, and why. */
    private static final Map<String, String> FAST_ALTHOUGH_NAMED = Map.of(
            "org.pactwatch.build.TestTiersTest", "names the starters to look for them",
            "org.pactwatch.ModularityTest", "reads the classes under PactwatchApplication's package; starts nothing",
            "org.pactwatch.shared.StartupFailureTest",
                    "starts Spring only to see it stop at an unreachable database: no database, no web server");

    @Test
    void everyTestThatStartsTheApplicationIsInTheFullTier() throws Exception {
        Path classes = Path.of(TestTiersTest.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<String> untagged = new ArrayList<>();
        List<String> full = new ArrayList<>();
        List<String> fast = new ArrayList<>();
        for (Path file : testClassFiles(classes)) {
            String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type = Class.forName(name, false, TestTiersTest.class.getClassLoader());
            if (type.isInterface() || java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            boolean tagged = type.isAnnotationPresent(FullTier.class);
            if (tagged) {
                full.add(name);
                assertThat(AnnotationSupport.findRepeatableAnnotations(type, Tag.class))
                        .as("JUnit's tags of %s", name)
                        .extracting(Tag::value)
                        .contains(FullTier.TAG);
            } else {
                fast.add(name);
                if (startsTheApplication(type, file) && !FAST_ALTHOUGH_NAMED.containsKey(name)) {
                    untagged.add(name);
                }
            }
        }
        assertThat(untagged)
                .as("test classes that start the application but lack @FullTier (they would run in the fast tier)")
                .isEmpty();
        assertThat(full).as("full tier").hasSizeGreaterThan(20).contains("org.pactwatch.ingest.IngestCrashTest");
        assertThat(fast).as("fast tier").hasSizeGreaterThan(10).contains(TestTiersTest.class.getName());
    }

    private static boolean startsTheApplication(Class<?> type, Path file) throws IOException {
        if (MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY).isPresent(SpringBootTest.class)) {
            return true;
        }
        String outer = file.getFileName().toString().replaceAll("\\.class$", "");
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            for (Path own : siblings.filter(p -> p.getFileName().toString().equals(outer + ".class")
                            || p.getFileName().toString().startsWith(outer + "$"))
                    .toList()) {
                String constants = new String(Files.readAllBytes(own), StandardCharsets.ISO_8859_1);
                if (STARTERS.stream().anyMatch(constants::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Path> testClassFiles(Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(p -> {
                        String simple = p.getFileName().toString();
                        return simple.endsWith(".class")
                                && !simple.contains("$")
                                && TEST_CLASS
                                        .matcher(simple.replaceAll("\\.class$", ""))
                                        .matches();
                    })
                    .sorted()
                    .toList();
        }
    }
}
