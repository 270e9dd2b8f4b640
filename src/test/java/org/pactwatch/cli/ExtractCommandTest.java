package org.pactwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactwatch.extraction.ExtractionJson;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/** Runs {@code extract} in-process against the contract: keys, offsets, stdin, JSON lines, exit codes. */
class ExtractCommandTest {

    private static final String NEWS = "Amazon to invest in Anthropic\n\n"
            + "Amazon said on Monday it will invest up to $4 billion in Anthropic. "
            + "Anthropic will use AWS as its primary cloud provider.\n";

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
        JsonNode json() {
            return ExtractionJson.mapper().readTree(out);
        }
    }

    private static Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = PactwatchCli.commandLine(new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                K made = CommandLine.defaultFactory().create(cls);
                if (made instanceof ExtractCommand extract) {
                    extract.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
                }
                return made;
            }
        });
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void fileOutputFollowsTheContract() throws Exception {
        Path file = dir.resolve("news.txt");
        Files.writeString(file, NEWS);
        Run run = run("", "extract", "--published", "2023-09-25", file.toString());
        assertThat(run.exit()).isZero();
        JsonNode doc = run.json().get("documents").get(0);
        assertThat(doc.propertyNames()).containsExactly("id", "published", "error", "companies", "deals");
        assertThat(doc.get("id").asString()).isEqualTo(file.toString());
        assertThat(doc.get("published").asString()).isEqualTo("2023-09-25");
        assertThat(doc.get("error").isNull()).isTrue();
        JsonNode deal = doc.get("deals").get(0);
        assertThat(deal.propertyNames())
                .contains(
                        "type",
                        "status",
                        "payer",
                        "payee",
                        "amount",
                        "termMonths",
                        "date",
                        "confidence",
                        "evidence",
                        "terms");
        assertThat(deal.get("type").asString()).isEqualTo("INVESTMENT");
        assertThat(deal.get("payer").get("name").asString()).isEqualTo("Amazon");
        assertThat(deal.get("payee").get("name").asString()).isEqualTo("Anthropic");
        assertThat(deal.get("amount").get("value").asLong()).isEqualTo(4_000_000_000L);
        assertThat(deal.get("amount").get("qualifier").asString()).isEqualTo("UP_TO");
        for (JsonNode ev : deal.get("evidence")) {
            int begin = ev.get("begin").asInt();
            int end = ev.get("end").asInt();
            assertThat(NEWS.substring(begin, end)).isEqualTo(ev.get("text").asString());
        }
        JsonNode cloud = doc.get("deals").get(1);
        assertThat(cloud.get("payee").get("mention").asString()).isEqualTo("AWS");
        assertThat(cloud.get("payee").get("parent").asString()).isEqualTo("Amazon");
        assertThat(cloud.get("terms").get(0).get("kind").asString()).isEqualTo("PRIMARY_PROVIDER");
    }

    @Test
    void readsStdinAndHtml() throws Exception {
        Run stdin = run(NEWS, "extract", "-");
        assertThat(stdin.exit()).isZero();
        assertThat(stdin.json().get("documents").get(0).get("id").asString()).isEqualTo("-");
        assertThat(stdin.json().get("documents").get(0).get("published").isNull())
                .isTrue();
        Path html = dir.resolve("page.html");
        Files.writeString(
                html,
                "<html><head><script>var invest = '$9 billion';</script></head><body><h1>Deal</h1>"
                        + "<p>Nvidia agreed to acquire Mellanox Technologies for $6.9 billion.</p></body></html>");
        Run page = run("", "extract", html.toString());
        assertThat(page.exit()).isZero();
        assertThat(page.out()).doesNotContain("var invest");
    }

    @Test
    void jsonLinesKeepOrderAndIdsAndFlagFailures() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.write(
                in,
                List.of(
                        "{\"id\": \"b\", \"published\": \"2024-03-01\", \"text\": \"Google will invest $2 billion in Anthropic.\"}",
                        "{\"id\": \"a\", \"published\": null, \"text\": \"\\u0000\\u0001\\u0002\\u0003\\u0000\\u0000\"}",
                        "{\"id\": \"c\", \"published\": null, \"text\": \"We agreed to buy Acme.\", \"registrant\": \"Microsoft\"}"));
        Run run = run("", "extract", "--jsonl", in.toString());
        assertThat(run.exit()).isEqualTo(1);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        List<JsonNode> docs =
                lines.stream().map(l -> ExtractionJson.mapper().readTree(l)).toList();
        assertThat(docs).extracting(d -> d.get("id").asString()).containsExactly("b", "a", "c");
        assertThat(docs.get(0).get("deals").get(0).get("payee").get("name").asString())
                .isEqualTo("Anthropic");
        assertThat(docs.get(1).get("error").asString()).isNotBlank();
        assertThat(docs.get(1).get("deals")).isEmpty();
        assertThat(docs.get(0).get("error").isNull()).isTrue();
    }

    @Test
    void jsonLinesFromStdin() {
        Run run = run("{\"id\": \"x\", \"text\": \"Nothing happened today.\"}\n", "extract", "--jsonl", "-");
        assertThat(run.exit()).isZero();
        assertThat(run.json().get("id").asString()).isEqualTo("x");
        assertThat(run.json().get("deals")).isEmpty();
    }

    @Test
    void missingFileIsAFailedInputNotACrash() {
        Run run = run("", "extract", dir.resolve("absent.txt").toString());
        assertThat(run.exit()).isEqualTo(1);
        JsonNode doc = run.json().get("documents").get(0);
        assertThat(doc.get("error").asString()).contains("absent.txt");
        assertThat(doc.get("deals")).isEmpty();
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(run("", "extract").exit()).isEqualTo(2);
        assertThat(run("", "extract", "--published", "yesterday", "x.txt").exit())
                .isEqualTo(2);
        assertThat(run("", "extract", "--no-such-option", "x.txt").exit()).isEqualTo(2);
        assertThat(run("", "extract", "--jsonl", "a.jsonl", "b.txt").exit()).isEqualTo(2);
    }
}
