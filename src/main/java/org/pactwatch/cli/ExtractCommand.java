package org.pactwatch.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pactwatch.extraction.DealExtractor;
import org.pactwatch.extraction.DealExtractors;
import org.pactwatch.extraction.ExtractionJson;
import org.pactwatch.extraction.ExtractionRequest;
import org.pactwatch.extraction.ExtractionResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code extract}: deals in files or JSON lines, as JSON on stdout, per docs extract contract. Exit 0 when
 * every input was processed, 1 when one failed (it still gets its entry with "error"), 2 on bad usage.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Extract deals from .txt/.html/.pdf files (\"-\" = stdin) or from JSON lines; JSON on stdout.")
final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "publication date of the files")
    String published;

    @Option(names = "--registrant", paramLabel = "NAME", description = "company that filed the files")
    String registrant;

    @Option(names = "--jsonl", paramLabel = "IN", description = "JSON lines file, or - for stdin")
    String jsonl;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "input files; - reads stdin")
    List<String> files = new ArrayList<>();

    @Spec
    CommandSpec spec;

    InputStream stdin = System.in;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((jsonl == null) == files.isEmpty()) {
            err.println("pactwatch extract: give either FILE... or --jsonl IN");
            spec.commandLine().usage(err);
            return PactwatchCli.USAGE;
        }
        LocalDate date;
        try {
            date = published == null ? null : LocalDate.parse(published);
        } catch (DateTimeParseException e) {
            err.println("pactwatch extract: --published must be YYYY-MM-DD, not " + published);
            return PactwatchCli.USAGE;
        }
        PrintStream stdout = CliLogging.toStderr();
        try {
            DealExtractor extractor = DealExtractors.shared();
            return jsonl != null ? extractJsonLines(extractor, out, err) : extractFiles(extractor, date, out);
        } catch (IOException e) {
            err.println("pactwatch extract: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
            err.flush();
            CliLogging.restore(stdout);
        }
    }

    private int extractFiles(DealExtractor extractor, LocalDate date, PrintWriter out) {
        boolean failed = false;
        ObjectNode root = ExtractionJson.mapper().createObjectNode();
        ArrayNode docs = root.putArray("documents");
        for (String file : files) {
            ExtractionRequest request;
            ExtractionResult result;
            try {
                request = new ExtractionRequest(file, DocumentReader.read(file, stdin), date, registrant);
                result = extractor.extract(request);
            } catch (IOException | RuntimeException e) {
                result = ExtractionResult.failed(
                        new ExtractionRequest(file, "", date, registrant),
                        "cannot read " + file + ": " + e.getMessage());
            }
            failed |= result.error() != null;
            docs.add(ExtractionJson.toJson(result));
        }
        out.println(ExtractionJson.mapper().writeValueAsString(root));
        return failed ? 1 : 0;
    }

    private int extractJsonLines(DealExtractor extractor, PrintWriter out, PrintWriter err) throws IOException {
        boolean failed = false;
        InputStream in = jsonl.equals("-") ? stdin : Files.newInputStream(Path.of(jsonl));
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                ExtractionResult result = extractLine(extractor, line, number);
                failed |= result.error() != null;
                out.println(ExtractionJson.mapper().writeValueAsString(ExtractionJson.toJson(result)));
                out.flush();
            }
        }
        return failed ? 1 : 0;
    }

    private static ExtractionResult extractLine(DealExtractor extractor, String line, int number) {
        String id = null;
        LocalDate date = null;
        try {
            JsonNode node = ExtractionJson.mapper().readTree(line);
            id = text(node, "id");
            if (id == null && node.has("id") && node.get("id").isNumber()) {
                id = node.get("id").asString();
            }
            String published = text(node, "published");
            date = published == null ? null : LocalDate.parse(published);
            String text = text(node, "text");
            if (text == null) {
                return ExtractionResult.failed(
                        new ExtractionRequest(id, "", date, null), "line " + number + " has no \"text\"");
            }
            return extractor.extract(new ExtractionRequest(id, text, date, text(node, "registrant")));
        } catch (JacksonException | DateTimeParseException e) {
            return ExtractionResult.failed(
                    new ExtractionRequest(id, "", date, null),
                    "line " + number + " is not valid input: " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isString() ? null : v.asString();
    }
}
