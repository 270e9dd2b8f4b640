package org.pactwatch.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.pactwatch.FullTier;
import org.pactwatch.graph.internal.DealReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Server-side timings of the strategist views on a scratch embedded PostgreSQL filled with generated
 * companies and deals (a few companies take most deals, as in the real market), each deal with one to
 * three source documents (mentions and evidence). Runs only on demand:
 * {@code ./mvnw -o -Dtest=StrategyBenchmarkTest -Dpactwatch.benchmark=true test}; results go to stdout and
 * target/benchmarks/strategist.txt. Each call is timed twice: "fresh" right after a change to the data (so
 * nothing computed before may be reused) and "repeated" with the data unchanged.
 * {@code -Dpactwatch.benchmark.runs=N} sets the timed runs (default 40), {@code -Dpactwatch.benchmark.repeated=false}
 * skips the repeated timings.
 */
@FullTier
@EnabledIfSystemProperty(named = "pactwatch.benchmark", matches = "true")
class StrategyBenchmarkTest {

    static final int COMPANIES = 2_000;
    static final int DEALS = 100_000;
    static final int RUNS = Integer.getInteger("pactwatch.benchmark.runs", 40);
    static final int WARM_UPS = 5;
    static final boolean REPEATED = !"false".equals(System.getProperty("pactwatch.benchmark.repeated"));

    static EmbeddedPostgres postgres;
    static JdbcClient jdbc;
    static final List<String> report = new ArrayList<>();

    @BeforeAll
    static void generate() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().start();
        DataSource dataSource = postgres.getPostgresDatabase();
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        // one connection for all calls, as the application's pool hands out: no connection set-up in the timings
        jdbc = JdbcClient.create(new SingleConnectionDataSource(dataSource.getConnection(), true));
        jdbc.sql("""
                        insert into company(name, normalized_name, kind)
                        select 'Company ' || i, 'company ' || i,
                               (array['BIG_TECH','AI_LAB','CHIP_MAKER','CLOUD','INVESTOR','OTHER'])[1 + i % 6]
                          from generate_series(1, :n) i
                        """).param("n", COMPANIES).update();
        // one company in ten below one of the first hundred, so that roll-ups have work to do
        jdbc.sql("""
                        update company c set parent_id = p.id
                          from company p
                         where c.id % 10 = 0 and c.id > 100 and p.id = 1 + (c.id / 10) % 100
                        """).update();
        jdbc.sql("""
                        insert into deal(type, status, payer_id, payee_id, amount_text, currency, amount_value,
                                         amount_usd, deal_date, term_months, review_state, confidence)
                        select (array['INVESTMENT','CLOUD_COMMITMENT','ACQUISITION','SUPPLY','PARTNERSHIP'])[1 + (i % 5)],
                               'ANNOUNCED', p, e, 'generated', 'USD', usd, usd,
                               date '2015-01-01' + (random() * 4000)::int,
                               case when i % 7 = 0 then 60 end,
                               case when i % 50 = 0 then 'REJECTED' else 'CONFIRMED' end, 0.8
                          from (select i,
                                       1 + floor(:n * power(random(), 3))::int as p,
                                       1 + floor(:n * power(random(), 2))::int as e,
                                       round((power(10, 6 + random() * 5))::numeric, 2) as usd
                                  from generate_series(1, :deals) i) g
                         where p <> e
                        """).param("n", COMPANIES).param("deals", DEALS).update();
        // sources: one to three documents per deal, each a mention with one evidence sentence
        jdbc.sql("""
                        insert into document(kind, url, canonical_url, title, text, sha256, status)
                        select 'NEWS', 'https://news.example/' || i, 'https://news.example/' || i, 'Story ' || i,
                               '', lpad(to_hex(i), 64, '0'), 'EXTRACTED'
                          from generate_series(1, :n) i
                        """).param("n", DEALS / 2).update();
        jdbc.sql("""
                        insert into deal_mention(deal_id, document_id, payload)
                        select d.id, 1 + (d.id * 7919 + k * 104729) % :n, '{}'::jsonb
                          from deal d, generate_series(1, 1 + d.id % 3) k
                        """).param("n", DEALS / 2).update();
        jdbc.sql("""
                        insert into evidence(deal_id, document_id, sentence, begin_offset, end_offset)
                        select deal_id, document_id, 'generated', 0, 9 from deal_mention
                        """).update();
        jdbc.sql("""
                        insert into deal_term(deal_id, kind, value)
                        select id, 'PRIMARY_PROVIDER', 'primary cloud provider' from deal
                         where type = 'CLOUD_COMMITMENT' and id % 10 = 0
                        """).update();
        jdbc.sql("vacuum analyze").update();
        long deals = jdbc.sql("select count(*) from deal").query(Long.class).single();
        long mentions =
                jdbc.sql("select count(*) from deal_mention").query(Long.class).single();
        report.add("Generated " + COMPANIES + " companies, " + deals + " deals and " + mentions
                + " mentions with evidence (" + RUNS + " timed runs each, after " + WARM_UPS + " warm-ups); "
                + "load average at start " + loadAverage());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    @AfterAll
    static void write() throws IOException {
        report.add("load average at end " + loadAverage());
        Path out = Path.of("target", "benchmarks", "strategist.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        report.forEach(line -> System.out.println("BENCHMARK " + line));
        postgres.close();
    }

    @Test
    void aggregationsOnOneHundredThousandDeals() {
        DealReadModel readModel = new DealReadModel(jdbc);
        TimelineService timelines = new TimelineService(readModel);
        TieUpService tieUps = new TieUpService(readModel);
        ComparisonService comparisons = new ComparisonService(readModel, tieUps);
        RelationshipGraphService graphs = new RelationshipGraphService(readModel);
        MoneyLoopService loops = new MoneyLoopService(readModel);

        time(
                "timeline, a pair (between only)",
                () -> timelines.timeline(new TimelineQuery(List.of(1L, 2L), true, true, null, null)));
        time(
                "timeline, 3 mid-size companies, all their deals",
                () -> timelines.timeline(new TimelineQuery(List.of(40L, 41L, 42L), false, true, null, null)));
        time(
                "timeline, the largest company, 2024 only",
                () -> timelines.timeline(new TimelineQuery(
                        List.of(1L), false, false, LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"))));
        time(
                "compare 4 relationships",
                () -> comparisons.relationships(List.of(
                        new CompanyPair(1, 2), new CompanyPair(1, 3), new CompanyPair(2, 3), new CompanyPair(4, 5))));
        time("compare 4 companies (mid-size)", () -> comparisons.companies(List.of(40L, 41L, 42L, 43L)));
        time(
                "graph, investments ≥ $10B (browser-sized)",
                () -> graphs.graph(
                        new GraphQuery(Set.of(DealTypes.INVESTMENT), null, null, 10e9, false, null, 1, null, null, 0)));
        time(
                "graph, ego network depth 1 of a mid-size company",
                () -> graphs.graph(new GraphQuery(Set.of(), null, null, 0, false, 40L, 1, null, null, 0)));
        time(
                "graph, shortest path, rolled up",
                () -> graphs.graph(new GraphQuery(Set.of(), null, null, 0, true, null, 1, 1500L, 1999L, 0)));
        time("money loops ≥ $5B (capped at " + MoneyLoopService.MAX_LOOPS + ")", () -> loops.loops(5e9));
        time("tie-ups, all (12-month window)", () -> tieUps.tieUps(TieUpQuery.all()));
        time("tie-ups of the largest company", () -> tieUps.tieUpsOf(1L));
        CompanyGraph big = graphs.graph(
                new GraphQuery(Set.of(), LocalDate.parse("2024-01-01"), null, 1e9, false, null, 1, null, null, 0));
        MoneyLoop largest = loops.loops(5e9).loops().getFirst();
        List<Long> loopCompanies =
                largest.companies().stream().map(CompanyRef::id).toList();
        time(
                "a money loop's page (" + loopCompanies.size() + " companies, with their deals)",
                () -> loops.loop(loopCompanies).orElseThrow());
        report.add("(graph for the browser test size: 2024+, deals ≥ $1B → "
                + big.nodes().size() + " nodes, " + big.edges().size() + " edges)");
        time(
                "graph 2024+, deals ≥ $1B incl. layout",
                () -> graphs.graph(new GraphQuery(
                        Set.of(), LocalDate.parse("2024-01-01"), null, 1e9, false, null, 1, null, null, 0)));
        assertThat(report).hasSizeGreaterThan(5);
    }

    private static void time(String name, Supplier<?> call) {
        for (int i = 0; i < WARM_UPS; i++) {
            changeData();
            call.get();
        }
        long[] fresh = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            changeData();
            fresh[i] = millis(call);
        }
        String line = String.format("| %s | fresh | %s |", name, stats(fresh));
        if (REPEATED) {
            long[] repeated = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                repeated[i] = millis(call);
            }
            line += String.format(" repeated | %s |", stats(repeated));
        }
        report.add(line);
    }

    /** A committed change to a company, as an analyst's edit would make: whatever was computed is stale. */
    private static void changeData() {
        jdbc.sql("update company set name = name where id = :id")
                .param("id", COMPANIES)
                .update();
    }

    private static long millis(Supplier<?> call) {
        long start = System.nanoTime();
        call.get();
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Median, p95 and max in ms. */
    private static String stats(long[] ms) {
        java.util.Arrays.sort(ms);
        return String.format(
                "%d | %d | %d", ms[ms.length / 2], ms[(int) Math.ceil(ms.length * 0.95) - 1], ms[ms.length - 1]);
    }
}
