package org.pactwatch;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core (Deque's accessibility engine, npm package {@code axe-core}, pinned to {@link #VERSION}) run inside the
 * page a {@link Browser} shows. The script comes from the system property {@code pactwatch.axe} (a path to
 * {@code axe.min.js}) or from {@code <cache>/axe-core-VERSION} (the launcher's cache: {@code PACTWATCH_CACHE},
 * else {@code $XDG_CACHE_HOME/pactwatch}, else {@code ~/.cache/pactwatch}), where it is installed with npm from the
 * npm registry on first use, so a fresh clone needs nothing beyond the npm that the UI build needs anyway.
 */
public final class Axe {

    /** The axe-core release the accessibility tests pin. */
    public static final String VERSION = "4.10.3";

    /** WCAG 2.0 and 2.1, levels A and AA. */
    public static final List<String> WCAG_21_AA_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** Best-practice rules run besides the WCAG tags: landmarks, content in landmarks, headings, table headers. */
    public static final List<String> BEST_PRACTICE_RULES = List.of(
            "region",
            "landmark-one-main",
            "landmark-unique",
            "landmark-no-duplicate-banner",
            "landmark-no-duplicate-main",
            "landmark-no-duplicate-contentinfo",
            "landmark-banner-is-top-level",
            "landmark-main-is-top-level",
            "landmark-complementary-is-top-level",
            "landmark-contentinfo-is-top-level",
            "page-has-heading-one",
            "heading-order",
            "empty-table-header");

    /** Impacts at which a test fails. */
    public static final List<String> FAILING_IMPACTS = List.of("moderate", "serious", "critical");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static String source;

    private Axe() {}

    /** One rule that failed, with the nodes it failed on (CSS selectors, shadow hosts joined by " >> "). */
    public record Violation(String rule, String impact, String help, List<String> targets, List<String> messages) {

        public boolean failing() {
            return FAILING_IMPACTS.contains(impact);
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("%s (%s, %d node%s): %s"
                    .formatted(rule, impact, targets.size(), targets.size() == 1 ? "" : "s", help));
            for (int i = 0; i < Math.min(targets.size(), 8); i++) {
                s.append("\n      ").append(targets.get(i));
                if (i < messages.size() && !messages.get(i).isBlank()) {
                    s.append("  — ").append(messages.get(i).replace('\n', ' '));
                }
            }
            if (targets.size() > 8) {
                s.append("\n      … and ").append(targets.size() - 8).append(" more");
            }
            return s.toString();
        }
    }

    /** Runs the WCAG 2.1 AA rules and {@link #BEST_PRACTICE_RULES} on the whole page; returns every violation. */
    public static List<Violation> run(Browser browser) {
        StringBuilder rules = new StringBuilder();
        for (String rule : BEST_PRACTICE_RULES) {
            rules.append(rules.isEmpty() ? "" : ",").append('"').append(rule).append("\":{\"enabled\":true}");
        }
        String options = "{\"runOnly\":{\"type\":\"tag\",\"values\":" + JSON.writeValueAsString(WCAG_21_AA_TAGS)
                + "},\"rules\":{" + rules + "},\"resultTypes\":[\"violations\"]}";
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        Object raw = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                if (!window.axe) { (0, eval)(arguments[0]); }
                if (!window.axe.version.startsWith('4.')) { done('ERROR axe ' + window.axe.version); return; }
                window.axe.run(document, JSON.parse(arguments[1]))
                  .then((r) => done(JSON.stringify(r.violations.map((v) => ({
                    rule: v.id, impact: v.impact, help: v.help,
                    targets: v.nodes.map((n) => n.target.map((t) => [].concat(t).join(' >> ')).join(' | ')),
                    messages: v.nodes.map((n) => n.failureSummary || ''),
                  })))))
                  .catch((e) => done('ERROR ' + e));
                """, source(), options);
        String text = String.valueOf(raw);
        if (text.startsWith("ERROR")) {
            throw new IllegalStateException("axe-core failed in the page: " + text);
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonNode v : JSON.readTree(text)) {
            violations.add(new Violation(
                    v.get("rule").asString(),
                    v.get("impact").isNull() ? "minor" : v.get("impact").asString(),
                    v.get("help").asString(),
                    strings(v.get("targets")),
                    strings(v.get("messages"))));
        }
        return violations;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    /** The text of axe.min.js, installed from the npm registry into the cache on first use. */
    public static synchronized String source() {
        if (source == null) {
            Path file = Optional.ofNullable(System.getProperty("pactwatch.axe"))
                    .filter(p -> !p.isBlank())
                    .map(Path::of)
                    .orElseGet(Axe::installed);
            try {
                source = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read axe-core from " + file, e);
            }
        }
        return source;
    }

    private static Path installed() {
        Path dir = cache().resolve("axe-core-" + VERSION);
        Path file = dir.resolve("node_modules/axe-core/axe.min.js");
        if (Files.isRegularFile(file)) {
            return file;
        }
        String npm = npm().orElseThrow(() -> new IllegalStateException(
                "axe-core " + VERSION + " is not in " + dir + " and no npm was found to install it: install Node 24 "
                        + "with npm, or run: npm install --prefix " + dir + " axe-core@" + VERSION));
        try {
            Files.createDirectories(dir);
            Process process = new ProcessBuilder(
                            npm,
                            "install",
                            "--no-save",
                            "--no-audit",
                            "--no-fund",
                            "--prefix",
                            dir.toString(),
                            "axe-core@" + VERSION)
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("npm-install.log").toFile())
                    .start();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0 || !Files.isRegularFile(file)) {
                process.destroyForcibly();
                throw new IllegalStateException("installing axe-core " + VERSION + " with npm failed: "
                        + Files.readString(dir.resolve("npm-install.log")));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install axe-core into " + dir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The launcher's cache folder (see {@code ./pactwatch}). */
    static Path cache() {
        Map<String, String> env = System.getenv();
        if (env.get("PACTWATCH_CACHE") != null && !env.get("PACTWATCH_CACHE").isBlank()) {
            return Path.of(env.get("PACTWATCH_CACHE"));
        }
        if (env.get("XDG_CACHE_HOME") != null && !env.get("XDG_CACHE_HOME").isBlank()) {
            return Path.of(env.get("XDG_CACHE_HOME"), "pactwatch");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "pactwatch");
    }

    /** npm on the PATH, else the one the launcher installed beside Node 24. */
    private static Optional<String> npm() {
        Stream<Path> onPath = Stream.of(
                        Optional.ofNullable(System.getenv("PATH")).orElse("").split(File.pathSeparator))
                .filter(p -> !p.isBlank())
                .map(p -> Path.of(p, "npm"));
        return Stream.concat(onPath, Stream.of(cache().resolve("node/node_modules/.bin/npm")))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst();
    }
}
