package org.pactwatch.extraction.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the tab-separated rule files under org/pactwatch/extraction/rules (blank lines and # comments skipped). */
final class RuleFiles {

    static final String BASE = "/org/pactwatch/extraction/rules/";

    private RuleFiles() {}

    static List<String[]> read(String name) {
        try (InputStream in = RuleFiles.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("rule file " + name + " is missing from the classpath");
            }
            return rows(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rule file from a folder of rule files (a copy being edited), else from the classpath. */
    static List<String[]> read(Path dir, String name) {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            return read(name);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return rows(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String[]> rows(InputStream in) throws IOException {
        List<String[]> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows.add(line.strip().split("\t"));
        }
        return rows;
    }

    /** A word list under words/: one lower-case word or phrase a line, a header that says what it is for. */
    static Set<String> words(String name) {
        return Set.copyOf(read("words/" + name + ".txt").stream()
                .map(row -> row[0].toLowerCase(Locale.ROOT))
                .toList());
    }
}
