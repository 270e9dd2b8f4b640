package org.pactwatch;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The real application in a child JVM, as a user runs it: its own process, the embedded PostgreSQL in a data
 * directory, configuration from the environment. Tests can stop it the way a power cut or {@code kill -9} does
 * and start it again on the same data directory. The child runs the main classes and the runtime dependencies
 * of this test run, without the test classes (which would add test-only beans).
 */
public final class AppProcess implements AutoCloseable {

    private static final Duration STOP_WAIT = Duration.ofSeconds(60);

    private final Path dataDir;
    private final Map<String, String> environment;
    private final List<String> arguments;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int port;
    private int starts;

    /**
     * @param environment {@code PACTWATCH_*} variables besides the data directory and port, which this class sets
     * @param arguments extra {@code --name=value} Spring properties
     */
    public AppProcess(Path dataDir, Map<String, String> environment, List<String> arguments) {
        this.dataDir = dataDir;
        this.environment = Map.copyOf(environment);
        this.arguments = List.copyOf(arguments);
    }

    /** Starts the application on a free port and waits until it reports UP. */
    public void start(Duration timeout) {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        port = freePort();
        starts++;
        List<String> command = new ArrayList<>(List.of(
                javaExecutable(),
                "-Xmx3g",
                "-XX:+UseParallelGC",
                "-cp",
                applicationClassPath(),
                PactwatchApplication.class.getName(),
                // run from classes, not the jar: say explicitly that the production bundle is to be served
                "--vaadin.productionMode=true"));
        command.addAll(arguments);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log().toFile());
        builder.environment().put("PACTWATCH_DATA_DIR", dataDir.toString());
        builder.environment().put("PACTWATCH_PORT", String.valueOf(port));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the application", e);
        }
        try {
            await().atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException(
                            "the application exited with " + process.exitValue() + ":\n" + tail());
                }
                return healthUp();
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("the application did not start within " + timeout + ":\n" + tail(), e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Ends the JVM at once with SIGKILL: no shutdown hooks, no graceful stop; its PostgreSQL stays behind. */
    public void kill() {
        process.destroyForcibly();
        waitForExit(process.toHandle());
    }

    /** Stops the application as a user does (SIGTERM: graceful shutdown, PostgreSQL stopped). */
    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            process.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            process.destroyForcibly();
            waitForExit(process.toHandle());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The embedded PostgreSQL's port while it runs (also after a kill, until the next start stops it). */
    public Optional<Integer> databasePort() {
        return postmasterLine(4).map(Integer::parseInt);
    }

    /** The embedded PostgreSQL server process serving the data directory, if one is running. */
    public Optional<ProcessHandle> postgres() {
        return postmasterLine(1).map(Long::parseLong).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
    }

    /** Everything the application wrote since its last start. */
    public String output() {
        try {
            return Files.readString(log());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines the application wrote, for failure messages. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log());
            return lines.subList(Math.max(0, lines.size() - 60), lines.size()).stream()
                    .map(l -> l.length() > 400 ? l.substring(0, 400) + "…" : l)
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    /** Stops the application and, should a killed run have left it behind, its PostgreSQL. */
    @Override
    public void close() {
        stop();
        postgres().ifPresent(server -> {
            server.destroy();
            waitForExit(server);
        });
    }

    private Path log() {
        return dataDir.resolve("child-" + starts + ".log");
    }

    private Optional<String> postmasterLine(int line) {
        Path pid = dataDir.resolve("postgres").resolve("postmaster.pid");
        try {
            List<String> lines = Files.readAllLines(pid);
            return lines.size() < line
                    ? Optional.empty()
                    : Optional.of(lines.get(line - 1).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private boolean healthUp() {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitForExit(ProcessHandle handle) {
        try {
            handle.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("process " + handle.pid() + " did not exit", e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** This JVM's class path (Surefire puts the full test class path here) minus the test classes. */
    private static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
