package org.pactwatch.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pactwatch.IntegrationTest;
import org.pactwatch.deal.TestDeals;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.ingest.JobRun;
import org.pactwatch.ingest.JobStatus;
import org.pactwatch.ingest.Source;
import org.pactwatch.ingest.SourceKind;
import org.pactwatch.ingest.SourceRequest;
import org.pactwatch.ingest.SourceService;
import org.pactwatch.security.Role;
import org.pactwatch.security.UserService;
import org.pactwatch.security.UserVisits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The briefing's tiles on the shared database: deals are seeded with SQL (stored "in the future", so that "new
 * since" sees only them, and with amounts no other test uses), and counts are compared before and after seeding.
 */
@WithMockUser(roles = "ANALYST")
class BriefingServiceTest extends IntegrationTest {

    @Autowired
    BriefingService briefing;

    @Autowired
    UserVisits visits;

    @Autowired
    UserService users;

    @Autowired
    SourceService sources;

    @Autowired
    JdbcClient jdbc;

    /** Later than anything the other tests store: "new since" this moment sees only this test's deals. */
    private static final Instant FUTURE = Instant.parse("2199-01-01T00:00:00Z");

    @Test
    void newDealsCountOnlyLiveDealsStoredAfterTheMoment() {
        long a = company("Briefing New A");
        long b = company("Briefing New B");
        long c = company("Briefing New C");
        long first = deal(
                DealType.INVESTMENT, a, b, 1_000_000_000L, LocalDate.now(), 0.9, "UNREVIEWED", FUTURE.plusSeconds(60));
        long second =
                deal(DealType.SUPPLY, a, c, 2_000_000_000L, LocalDate.now(), 0.9, "CONFIRMED", FUTURE.plusSeconds(120));
        deal(DealType.SUPPLY, b, c, 3_000_000_000L, LocalDate.now(), 0.9, "REJECTED", FUTURE.plusSeconds(180));
        deal(DealType.SUPPLY, b, c, 4_000_000_000L, LocalDate.now(), 0.9, "CONFIRMED", FUTURE.minusSeconds(60));

        NewDeals found = briefing.newDeals(FUTURE, 10);

        assertThat(found.count())
                .as("the rejected one and the one stored before do not count")
                .isEqualTo(2);
        assertThat(found.newest()).extracting(BriefingDeal::id).containsExactly(second, first);
        assertThat(found.newest().getFirst().payerName()).isEqualTo("Briefing New A");
        assertThat(found.newest().getFirst().payeeName()).isEqualTo("Briefing New C");
        assertThat(briefing.newDeals(FUTURE.plusSeconds(90), 10).count()).isEqualTo(1);

        List<CompanyActivity> active = briefing.mostActiveCompanies(FUTURE, 10);
        assertThat(active)
                .extracting(CompanyActivity::name)
                .containsExactly("Briefing New A", "Briefing New C", "Briefing New B");
        assertThat(active.getFirst().deals()).isEqualTo(2);
        assertThat(active.getFirst().usd()).isEqualByComparingTo("3000000000");
        assertThat(active.get(1).deals())
                .as("same count: the larger value first")
                .isEqualTo(1);
    }

    @Test
    void largestDealsAreThoseDatedInTheWindowLargestFirst() {
        long a = company("Briefing Large A");
        long b = company("Briefing Large B");
        LocalDate today = LocalDate.now();
        Instant stored = Instant.now();
        long tenDays =
                deal(DealType.INVESTMENT, a, b, 900_000_000_000_001L, today.minusDays(10), 0.9, "CONFIRMED", stored);
        long fortyFive =
                deal(DealType.INVESTMENT, a, b, 900_000_000_000_002L, today.minusDays(45), 0.9, "CONFIRMED", stored);
        long old =
                deal(DealType.INVESTMENT, a, b, 900_000_000_000_003L, today.minusDays(120), 0.9, "CONFIRMED", stored);
        long future =
                deal(DealType.INVESTMENT, a, b, 900_000_000_000_004L, today.plusDays(5), 0.9, "CONFIRMED", stored);
        long rejected =
                deal(DealType.INVESTMENT, a, b, 900_000_000_000_005L, today.minusDays(3), 0.9, "REJECTED", stored);

        List<Long> last30 =
                briefing.largestDeals(30, 5).stream().map(BriefingDeal::id).toList();
        List<Long> last90 =
                briefing.largestDeals(90, 5).stream().map(BriefingDeal::id).toList();

        assertThat(last30).startsWith(tenDays).doesNotContain(fortyFive, old, future, rejected);
        assertThat(last90).startsWith(fortyFive, tenDays).doesNotContain(old, future, rejected);
    }

    @Test
    void valueByMonthSumsLiveDealsPerMonthAndType() {
        long a = company("Briefing Month A");
        long b = company("Briefing Month B");
        YearMonth thisMonth = YearMonth.now();
        YearMonth lastMonth = thisMonth.minusMonths(1);
        Map<String, MonthlyValue> before = cells(briefing.valueByMonth(3));

        deal(DealType.ACQUISITION, a, b, 5_000_000L, lastMonth.atDay(1), 0.9, "CONFIRMED", Instant.now());
        deal(DealType.ACQUISITION, a, b, 7_000_000L, lastMonth.atEndOfMonth(), 0.9, "UNREVIEWED", Instant.now());
        deal(DealType.ACQUISITION, a, b, 11_000_000L, lastMonth.atDay(2), 0.9, "REJECTED", Instant.now());
        deal(DealType.PARTNERSHIP, a, b, null, thisMonth.atDay(1), 0.9, "CONFIRMED", Instant.now());
        deal(
                DealType.PARTNERSHIP,
                a,
                b,
                13_000_000L,
                thisMonth.minusMonths(5).atDay(1),
                0.9,
                "CONFIRMED",
                Instant.now());

        Map<String, MonthlyValue> after = cells(briefing.valueByMonth(3));

        MonthlyValue acquisitions = after.get(lastMonth + " ACQUISITION");
        assertThat(acquisitions.deals() - deals(before, lastMonth + " ACQUISITION"))
                .isEqualTo(2);
        assertThat(acquisitions.usd().subtract(usd(before, lastMonth + " ACQUISITION")))
                .isEqualByComparingTo("12000000");
        MonthlyValue partnerships = after.get(thisMonth + " PARTNERSHIP");
        assertThat(partnerships.deals() - deals(before, thisMonth + " PARTNERSHIP"))
                .as("an undisclosed amount counts as a deal and adds nothing to the value")
                .isEqualTo(1);
        assertThat(after.keySet())
                .allMatch(key -> !YearMonth.parse(key.substring(0, 7)).isBefore(thisMonth.minusMonths(2)));
    }

    @Test
    void theReviewQueueCountsUnreviewedLowConfidenceAndConflictingFigures() {
        long a = company("Briefing Review A");
        long b = company("Briefing Review B");
        ReviewQueue before = briefing.reviewQueue(5);
        LocalDate day = LocalDate.of(2026, 3, 1);

        long amounts = deal(DealType.INVESTMENT, a, b, 4_000_000_000L, day, 0.001, "UNREVIEWED", Instant.now());
        mention(amounts, "4000000000", day);
        mention(amounts, "6000000000", day);
        long dates = deal(DealType.INVESTMENT, a, b, 4_000_000_000L, day, 0.002, "UNREVIEWED", Instant.now());
        mention(dates, "4000000000", day);
        mention(dates, "4000000000", day.plusDays(90));
        long agreeing = deal(DealType.INVESTMENT, a, b, 4_000_000_000L, day, 0.95, "UNREVIEWED", Instant.now());
        mention(agreeing, "4000000000", day);
        mention(agreeing, "4010000000", day.plusDays(3));
        long reviewed = deal(DealType.INVESTMENT, a, b, 4_000_000_000L, day, 0.003, "CONFIRMED", Instant.now());
        mention(reviewed, "1000000000", day);
        mention(reviewed, "9000000000", day);

        ReviewQueue after = briefing.reviewQueue(5);

        assertThat(after.unreviewed() - before.unreviewed()).isEqualTo(3);
        assertThat(after.lowConfidence() - before.lowConfidence()).isEqualTo(2);
        assertThat(after.conflicting() - before.conflicting())
                .as("amounts 1 % apart agree; a reviewed deal leaves the queue")
                .isEqualTo(2);
        assertThat(after.next().subList(0, 2))
                .extracting(
                        i -> i.deal().id(),
                        ReviewQueue.Item::amountsDiffer,
                        ReviewQueue.Item::datesDiffer,
                        ReviewQueue.Item::lowConfidence)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(amounts, true, false, true),
                        org.assertj.core.groups.Tuple.tuple(dates, false, true, true));
    }

    @Test
    void ingestHealthShowsEachSourcesLastRunAndTheFailuresWithTheirReasons() {
        Source quiet = sources.create(
                "test",
                named(SourceRequest.of(SourceKind.FEED, "http://127.0.0.1:9/quiet.xml"), "Briefing quiet feed"));
        Source broken = sources.create(
                "test",
                named(SourceRequest.of(SourceKind.FEED, "http://127.0.0.1:9/broken.xml"), "Briefing broken feed"));
        run(broken, "SUCCEEDED", 0, "[]", null, Instant.now().minus(Duration.ofHours(2)));
        long failed = run(
                broken,
                "FAILED",
                1,
                "[{\"item\": \"http://127.0.0.1:9/broken.xml\", \"error\": \"HTTP 404\"}]",
                "the feed could not be read",
                Instant.now());

        IngestHealth health = briefing.ingestHealth(50);

        IngestHealth.SourceHealth quietHealth = health.sources().stream()
                .filter(s -> s.source().id() == quiet.id())
                .findFirst()
                .orElseThrow();
        assertThat(quietHealth.lastRun()).isNull();
        assertThat(quietHealth.failing()).isFalse();
        IngestHealth.SourceHealth brokenHealth = health.sources().stream()
                .filter(s -> s.source().id() == broken.id())
                .findFirst()
                .orElseThrow();
        assertThat(brokenHealth.lastRun().id()).isEqualTo(failed);
        assertThat(brokenHealth.failing()).isTrue();
        JobRun failure = health.failures().stream()
                .filter(r -> r.id() == failed)
                .findFirst()
                .orElseThrow();
        assertThat(failure.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failure.message()).isEqualTo("the feed could not be read");
        assertThat(failure.errorSamples())
                .singleElement()
                .satisfies(e -> assertThat(e.error()).isEqualTo("HTTP 404"));
    }

    @Test
    void aVisitEndsAfterHalfAnHourWithoutADashboardView() {
        String name = "briefing-visitor-" + System.nanoTime();
        users.create("test", name, "visitor-pass-1", EnumSet.of(Role.STRATEGIST));
        Instant start = Instant.parse("2026-06-01T08:00:00Z");

        assertThat(visits.recordVisit(name, start)).as("the first visit").isEmpty();
        assertThat(visits.recordVisit(name, start.plus(Duration.ofMinutes(20))))
                .as("a reload")
                .isEmpty();
        assertThat(visits.recordVisit(name, start.plus(Duration.ofHours(3))))
                .as("the next visit starts where the last view of the first one was")
                .contains(start.plus(Duration.ofMinutes(20)));
        assertThat(visits.recordVisit(name, start.plus(Duration.ofHours(3)).plusSeconds(60)))
                .contains(start.plus(Duration.ofMinutes(20)));
        assertThat(visits.recordVisit("nobody-" + name, start)).isEmpty();
    }

    @Test
    @WithMockUser(roles = "STRATEGIST")
    void onlyAnalystsReadTheReviewQueueAndTheIngestHealth() {
        assertThat(briefing.newDeals(FUTURE, 1)).isNotNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> briefing.reviewQueue(1))
                .isInstanceOf(AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> briefing.ingestHealth(1))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static SourceRequest named(SourceRequest r, String name) {
        return new SourceRequest(r.kind(), r.url(), r.cik(), r.path(), r.query(), name, null, false);
    }

    private long run(Source source, String status, int failed, String samples, String message, Instant finished) {
        return jdbc.sql("""
                        insert into job_run(source_id, status, queued_at, started_at, finished_at, failed, seen,
                                            error_samples, message)
                        values (:s, :status, :at, :at, :at, :failed, :failed, cast(:samples as jsonb), :message)
                        returning id
                        """)
                .param("s", source.id())
                .param("status", status)
                .param("at", Timestamp.from(finished))
                .param("failed", failed)
                .param("samples", samples)
                .param("message", message)
                .query(Long.class)
                .single();
    }

    private long company(String name) {
        return jdbc.sql("""
                        insert into company(name, normalized_name) values (:n, lower(:n) || ' ' || gen_random_uuid())
                        returning id
                        """).param("n", name).query(Long.class).single();
    }

    private long deal(
            DealType type,
            long payer,
            long payee,
            Long usd,
            LocalDate date,
            double confidence,
            String review,
            Instant stored) {
        return jdbc.sql("""
                        insert into deal(type, status, payer_id, payee_id, amount_usd, deal_date, confidence,
                                         review_state, created_at)
                        values (:type, 'ANNOUNCED', :payer, :payee, :usd, :date, :confidence, :review, :stored)
                        returning id
                        """)
                .param("type", type.name())
                .param("payer", payer)
                .param("payee", payee)
                .param("usd", usd == null ? null : BigDecimal.valueOf(usd))
                .param("date", date)
                .param("confidence", confidence)
                .param("review", review)
                .param("stored", Timestamp.from(stored))
                .query(Long.class)
                .single();
    }

    /** A source stating the deal's amount and date, stored as deal clustering stores a mention. */
    private void mention(long dealId, String usd, LocalDate date) {
        long document = TestDeals.insertDocument(jdbc, "Briefing source", "A source of deal " + dealId + ".", date);
        jdbc.sql("""
                        insert into deal_mention(deal_id, document_id, payload)
                        values (:deal, :doc, cast(:payload as jsonb))
                        """)
                .param("deal", dealId)
                .param("doc", document)
                .param("payload", "{\"deal\": {\"amount\": {\"usd\": %s}}, \"date\": \"%s\"}".formatted(usd, date))
                .update();
    }

    private static Map<String, MonthlyValue> cells(List<MonthlyValue> values) {
        Map<String, MonthlyValue> cells = new java.util.HashMap<>();
        values.forEach(v -> cells.put(v.month() + " " + v.type(), v));
        return cells;
    }

    private static long deals(Map<String, MonthlyValue> cells, String key) {
        return cells.containsKey(key) ? cells.get(key).deals() : 0;
    }

    private static BigDecimal usd(Map<String, MonthlyValue> cells, String key) {
        return cells.containsKey(key) ? cells.get(key).usd() : BigDecimal.ZERO;
    }
}
