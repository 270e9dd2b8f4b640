package org.pactwatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.pactwatch.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Exports benchmark (not part of the default test run): seeds 1,000 deals with evidence, terms and
 * tranches, then times summary + rendering per format. Run:
 * {@code ./mvnw -o -Dtest=TieUpSummaryBenchmark -Dsurefire.failIfNoSpecifiedTests=false test};
 * medians go to target/benchmarks/exports.md.
 */
@WithMockUser(username = "benchmark", roles = "REGULATOR")
class TieUpSummaryBenchmark extends IntegrationTest {

    private static final int RUNS = 7;
    private static final long LIMIT_MILLIS = 5_000;

    @Autowired
    ExportService exports;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void summaryOverOneThousandDealsIsProducedInUnderFiveSeconds() throws Exception {
        if (jdbc.sql("select count(*) from deal where payer_mention = 'bench-payer'")
                        .query(Long.class)
                        .single()
                == 0) {
            new ResourceDatabasePopulator(new ClassPathResource("report/benchmark-1000-deals.sql")).execute(dataSource);
        }
        List<String> companies = new ArrayList<>();
        IntStream.rangeClosed(1, 10).forEach(i -> {
            companies.add("Bench Tech %02d".formatted(i));
            companies.add("Bench Lab %02d".formatted(i));
        });
        ExportScope scope = new ExportScope(companies, null, null);
        Instant generatedAt = Instant.parse("2026-11-26T06:00:00Z");

        TieUpSummary warm = exports.summarize(scope, generatedAt);
        int deals = warm.relationships().stream()
                .mapToInt(TieUpSummary.Relationship::dealCount)
                .sum();
        assertThat(deals).isEqualTo(1000);
        for (ExportFormat format : ExportFormat.values()) {
            exports.render(warm, format);
        }

        Map<String, long[]> timings = new LinkedHashMap<>();
        timings.put("summary only", new long[RUNS]);
        for (ExportFormat format : ExportFormat.values()) {
            timings.put("summary + " + format, new long[RUNS]);
        }
        Map<ExportFormat, Integer> sizes = new LinkedHashMap<>();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            exports.summarize(scope, generatedAt);
            timings.get("summary only")[run] = millis(start);
            for (ExportFormat format : ExportFormat.values()) {
                start = System.nanoTime();
                byte[] file = exports.render(exports.summarize(scope, generatedAt), format);
                timings.get("summary + " + format)[run] = millis(start);
                sizes.put(format, file.length);
            }
        }

        StringBuilder report = new StringBuilder("| step (1,000 deals, "
                + warm.relationships().size()
                + " relationships, " + warm.sources().size() + " sources) | median ms | min ms | max ms | file size |\n"
                + "|---|---:|---:|---:|---:|\n");
        timings.forEach((step, values) -> {
            long[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            String size = step.startsWith("summary + ")
                    ? String.format("%,d B", sizes.get(ExportFormat.valueOf(step.substring(10))))
                    : "";
            report.append("| %s | %d | %d | %d | %s |\n"
                    .formatted(step, sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], size));
        });
        Path out = Path.of("target", "benchmarks", "exports.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
        System.out.println(report);

        timings.forEach((step, values) -> {
            long[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            assertThat(sorted[sorted.length / 2]).as(step + " median ms").isLessThan(LIMIT_MILLIS);
        });
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
