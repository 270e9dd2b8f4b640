package org.pactwatch.extraction.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated rule files under org/pactwatch/extraction/rules (blank lines and # comments skipped). */
final class RuleFiles {

    static final String BASE = "/org/pactwatch/extraction/rules/";

    private RuleFiles() {}

    static List<String[]> read(String name) {
        try (InputStream in = RuleFiles.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("rule file " + name + " is missing from the classpath");
            }
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
