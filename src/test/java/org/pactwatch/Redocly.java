package org.pactwatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Redocly CLI, the OpenAPI linter, run with the Node that builds the UI. It is installed from the npm registry
 * once into the launcher's cache ({@code ~/.cache/pactwatch/redocly-cli-VERSION}, outside the work tree), so a
 * fresh clone needs nothing but {@code ./pactwatch test}, which puts Node 24 there too.
 */
public final class Redocly {

    /** The version installed and run; 2.x is one self-contained package. */
    public static final String VERSION = "2.77.0";

    private static final long INSTALL_MINUTES = 5;
    private static final long LINT_MINUTES = 2;

    private final Path node;
    private final Path cli;

    private Redocly(Path node, Path cli) {
        this.node = node;
        this.cli = cli;
    }

    /** The exit code of a command, what it wrote to standard output and to standard error. */
    public record Result(int exitCode, String output, String errors) {}

    /** Finds Node and installs Redocly CLI into the cache unless it is there already. */
    public static Redocly installed() {
        Path nodeDir = nodeDirectory();
        Path node = nodeDir.resolve("node");
        Path home = cache().resolve("redocly-cli-" + VERSION);
        Path cli = home.resolve("node_modules/@redocly/cli/bin/cli.js");
        if (!Files.isRegularFile(cli)) {
            install(nodeDir, home);
        }
        return new Redocly(node, cli);
    }

    /** {@code redocly lint} of the document with the configuration, as JSON (see {@link #lint}). */
    public Result lint(Path document, Path config) {
        return run(
                List.of(
                        node.toString(),
                        cli.toString(),
                        "lint",
                        "--config=" + config,
                        "--format=json",
                        document.toString()),
                LINT_MINUTES);
    }

    /** {@code redocly lint} of the document in the readable format, for failure messages. */
    public Result lintReadably(Path document, Path config) {
        return run(
                List.of(node.toString(), cli.toString(), "lint", "--config=" + config, document.toString()),
                LINT_MINUTES);
    }

    private static void install(Path nodeDir, Path home) {
        Path npmCli = nodeDir.resolve("node_modules/npm/bin/npm-cli.js");
        List<String> npm = Files.isRegularFile(npmCli)
                ? new ArrayList<>(List.of(nodeDir.resolve("node").toString(), npmCli.toString()))
                : new ArrayList<>(List.of(
                        Files.isExecutable(nodeDir.resolve("npm"))
                                ? nodeDir.resolve("npm").toString()
                                : "npm"));
        try {
            Files.createDirectories(home.getParent());
            Path staging = Files.createTempDirectory(home.getParent(), "redocly-install-");
            npm.addAll(List.of(
                    "install",
                    "--no-save",
                    "--no-audit",
                    "--no-fund",
                    "--prefix",
                    staging.toString(),
                    "@redocly/cli@" + VERSION));
            Result result = run(npm, INSTALL_MINUTES);
            if (result.exitCode() != 0) {
                throw new IllegalStateException(
                        "npm could not install @redocly/cli@" + VERSION + ":\n" + result.output() + result.errors());
            }
            try {
                Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                // another build installed it meanwhile; its copy is as good
                if (!Files.isDirectory(home)) {
                    throw raced;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install Redocly CLI into " + home, e);
        }
    }

    private static Result run(List<String> command, long minutes) {
        try {
            Path log = Files.createTempFile("redocly-", ".out");
            Path errors = Files.createTempFile("redocly-", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(command)
                        .redirectOutput(log.toFile())
                        .redirectError(errors.toFile())
                        .directory(Path.of("").toAbsolutePath().toFile());
                Map<String, String> env = builder.environment();
                env.put("REDOCLY_TELEMETRY", "off");
                env.put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
                env.put(
                        "PATH",
                        command.getFirst().contains("/")
                                ? Path.of(command.getFirst()).getParent() + ":" + env.getOrDefault("PATH", "")
                                : env.getOrDefault("PATH", ""));
                Process process = builder.start();
                if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("timed out after " + minutes + " min: " + command);
                }
                return new Result(
                        process.exitValue(),
                        Files.readString(log, StandardCharsets.UTF_8),
                        Files.readString(errors, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(log);
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The Node the launcher gave Maven ({@code -Dvaadin.node.folder}), else the launcher's cached one, else PATH. */
    private static Path nodeDirectory() {
        String folder = System.getProperty("vaadin.node.folder");
        if (folder != null && !folder.isBlank() && Files.isExecutable(Path.of(folder, "node"))) {
            return Path.of(folder);
        }
        Path cached = cache().resolve("node");
        if (Files.isExecutable(cached.resolve("node"))) {
            return cached;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "node"))) {
                return Path.of(dir);
            }
        }
        throw new IllegalStateException("Redocly CLI needs Node (22.12 or newer): run the tests with ./pactwatch test, "
                + "which installs Node 24 into " + cached + ", or put node on the PATH");
    }

    /** The launcher's cache: PACTWATCH_CACHE, else XDG_CACHE_HOME/pactwatch, else ~/.cache/pactwatch. */
    private static Path cache() {
        String explicit = System.getenv("PACTWATCH_CACHE");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
                .resolve("pactwatch");
    }
}
