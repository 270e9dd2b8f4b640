package org.pactwatch.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launcher's set-up checks of {@code ./pactwatch test} on a machine state made up for each case: a PATH
 * that holds only the few tools the launcher needs (no browser unless the case puts a stand-in there), installing
 * forbidden with {@code PACTWATCH_NO_INSTALL=1}, and {@code PACTWATCH_DRY_RUN=1} so that Maven is only printed.
 */
class LauncherTest {

    /** What the launcher calls before Maven starts. */
    private static final List<String> TOOLS =
            List.of("bash", "env", "dirname", "awk", "cut", "id", "grep", "head", "find", "cat", "sed", "tr");

    @TempDir
    Path work;

    private Path bin;

    private record Run(int exit, String out, String err) {}

    @Test
    void withoutTheBrowserAndWithoutLeaveToInstallItSaysInOneLineWhatToInstall() throws Exception {
        linkTools();
        Run run = launcher(Map.of("PACTWATCH_NO_INSTALL", "1"), "test");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip())
                .doesNotContain("\n")
                .startsWith("pactwatch: the browser tests need Chromium and chromedriver")
                .contains("apt-get install -y chromium chromium-driver")
                .contains("./pactwatch test --fast");
    }

    @Test
    void theFastTierNeedsNoBrowser() throws Exception {
        linkTools();
        Run run = launcher(Map.of("PACTWATCH_NO_INSTALL", "1", "PACTWATCH_DRY_RUN", "1"), "test", "--fast");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("./mvnw -Pfast test");
    }

    @Test
    void aBrowserOnThePathIsHandedToTheTests() throws Exception {
        linkTools();
        Path chromium = standIn("chromium");
        Path driver = standIn("chromedriver");
        Run run = launcher(Map.of("PACTWATCH_NO_INSTALL", "1", "PACTWATCH_DRY_RUN", "1"), "test", "-Dtest=X");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().strip())
                .isEqualTo("./mvnw verify -Dpactwatch.chromium=" + chromium + " -Dpactwatch.chromedriver=" + driver
                        + " -Dtest=X");
    }

    private void linkTools() throws IOException {
        bin = Files.createDirectory(work.resolve("bin"));
        for (String tool : TOOLS) {
            Path found = List.of("/usr/bin", "/bin").stream()
                    .map(dir -> Path.of(dir, tool))
                    .filter(Files::isExecutable)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + tool + " in /usr/bin or /bin"));
            Files.createSymbolicLink(bin.resolve(tool), found);
        }
    }

    private Path standIn(String name) throws IOException {
        Path file = Files.writeString(bin.resolve(name), "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private Run launcher(Map<String, String> env, String... args) throws Exception {
        List<String> command =
                new java.util.ArrayList<>(List.of(bin.resolve("bash").toString(), "pactwatch"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("PACTWATCH_"));
        environment.put("PATH", bin.toString());
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.putAll(env);
        Path out = Files.createTempFile(work, "launcher", ".out");
        Path err = Files.createTempFile(work, "launcher", ".err");
        Process process =
                builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("launcher finished")
                .isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
