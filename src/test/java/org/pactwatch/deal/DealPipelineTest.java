package org.pactwatch.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactwatch.deal.TestDeals.deal;
import static org.pactwatch.deal.TestDeals.insertDocument;
import static org.pactwatch.deal.TestDeals.usd;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pactwatch.IntegrationTest;
import org.pactwatch.company.CompanyService;
import org.pactwatch.extraction.ExtractedDeal;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.ingest.DocumentStored;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

/** The deal pipeline on the real database: clustering across documents, idempotency, review decisions. */
class DealPipelineTest extends IntegrationTest {

    @Autowired
    SecurityContextHolderStrategy contexts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScriptedDealExtractor extractor;

    @Autowired
    DealPipeline pipeline;

    @Autowired
    DealQueries queries;

    @Autowired
    DealService deals;

    @Autowired
    CompanyService companies;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    /** Party names unique to one test, so tests sharing the database never cluster into each other. */
    private static String company(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private long document(LocalDate published, ExtractedDeal... extracted) {
        long id = insertDocument(jdbc, "Report " + published, "Some text about a deal. " + published, published);
        extractor.script(id, List.of(extracted));
        return id;
    }

    private List<DealView> dealsOf(String companyName) {
        Long id = companies.findId(companyName).orElseThrow();
        return queries.findViews(
                        DealFilter.all().withCompany(id).withReviewStates(java.util.Set.of(ReviewState.values())),
                        DealSort.newestFirst(),
                        0,
                        100)
                .items();
    }

    private void awaitExtracted(long documentId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            String status = jdbc.sql("select status from document where id = :id")
                    .param("id", documentId)
                    .query(String.class)
                    .single();
            if (!status.equals("STORED")) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("document " + documentId + " was not extracted in time");
    }

    @Test
    void twoReportsOfOneDealBecomeOneDealWithTwoSourcesAndCompletionUpgradesTheStatus() {
        String investor = company("Northwind Capital");
        String lab = company("Helix AI");
        long first = document(
                LocalDate.of(2031, 3, 1),
                deal(
                        DealType.INVESTMENT,
                        DealStatus.ANNOUNCED,
                        investor,
                        lab,
                        usd("$4 billion", 4_000_000_000L),
                        null,
                        investor + " will invest $4 billion in " + lab));
        tx.executeWithoutResult(s -> events.publishEvent(new DocumentStored(first)));
        awaitExtracted(first);

        long second = document(
                LocalDate.of(2031, 4, 15),
                deal(
                        DealType.INVESTMENT,
                        DealStatus.ANNOUNCED,
                        investor,
                        lab,
                        usd("about $4.1 billion", 4_100_000_000L),
                        null,
                        "The $4.1 billion investment"));
        pipeline.process(second);

        List<DealView> found = dealsOf(investor);
        assertThat(found).hasSize(1);
        DealView deal = found.getFirst();
        assertThat(deal.sources()).extracting(DealView.Source::documentId).containsExactly(first, second);
        assertThat(deal.evidence()).hasSize(2);
        assertThat(ReportedAmount.spread(deal.reportedAmounts()))
                .isEqualTo("about $4.1 billion (1 source) / $4 billion (1)");
        assertThat(queries.find(
                                DealFilter.all()
                                        .withCompany(companies.findId(investor).orElseThrow()),
                                DealSort.newestFirst(),
                                0,
                                10)
                        .items())
                .singleElement()
                .satisfies(row -> assertThat(row.amountsConflict()).isTrue());
        assertThat(deal.status()).isEqualTo(DealStatus.ANNOUNCED);
        assertThat(deal.date()).isEqualTo(LocalDate.of(2031, 3, 1));
        assertThat(deal.payer().name()).isEqualTo(investor);
        assertThat(jdbc.sql("select status, extractor_version from document where id = :id")
                        .param("id", first)
                        .query((rs, n) -> rs.getString(1) + "/" + rs.getString(2))
                        .single())
                .isEqualTo("EXTRACTED/" + ScriptedDealExtractor.VERSION);

        long completion = document(
                LocalDate.of(2031, 7, 20),
                deal(
                        DealType.INVESTMENT,
                        DealStatus.COMPLETED,
                        investor,
                        lab,
                        usd("$4 billion", 4_000_000_000L),
                        null,
                        investor + " has completed its $4 billion investment"));
        pipeline.process(completion);

        DealView upgraded = dealsOf(investor).getFirst();
        assertThat(dealsOf(investor)).hasSize(1);
        assertThat(upgraded.id()).isEqualTo(deal.id());
        assertThat(upgraded.status()).isEqualTo(DealStatus.COMPLETED);
        assertThat(upgraded.closedDate()).isEqualTo(LocalDate.of(2031, 7, 20));
        assertThat(upgraded.sources()).hasSize(3);
    }

    @Test
    void theGridFlagsADealWhoseSourcesDisagreeOnItsDate() {
        String investor = company("Kestrel Partners");
        String lab = company("Orbit Labs");
        String steady = company("Steady Capital");
        LocalDate announced = LocalDate.of(2030, 5, 2);
        pipeline.process(document(
                announced,
                deal(
                        DealType.INVESTMENT,
                        DealStatus.ANNOUNCED,
                        investor,
                        lab,
                        usd("$2 billion", 2_000_000_000L),
                        null,
                        "first"),
                deal(
                        DealType.INVESTMENT,
                        DealStatus.ANNOUNCED,
                        steady,
                        lab,
                        usd("$1 billion", 1_000_000_000L),
                        null,
                        "second")));
        pipeline.process(document(
                announced.plusDays(3),
                deal(
                        DealType.INVESTMENT,
                        DealStatus.ANNOUNCED,
                        steady,
                        lab,
                        usd("$1 billion", 1_000_000_000L),
                        null,
                        "restated days later")));
        pipeline.process(document(
                announced.plusDays(20),
                deal(
                        DealType.INVESTMENT,
                        DealStatus.ANNOUNCED,
                        investor,
                        lab,
                        usd("$2 billion", 2_000_000_000L),
                        announced.plusDays(60),
                        "a later source dates it two months on")));

        List<DealSummary> rows = queries.page(
                DealFilter.all()
                        .withCompany(companies.findId(lab).orElseThrow())
                        .withReviewStates(java.util.Set.of(ReviewState.values())),
                DealSort.newestFirst(),
                0,
                10);
        assertThat(rows).hasSize(2);
        DealSummary disputed = rows.stream()
                .filter(r -> r.payerName().equals(investor))
                .findFirst()
                .orElseThrow();
        assertThat(disputed.datesConflict()).isTrue();
        assertThat(disputed.firstSourceDate()).isEqualTo(announced);
        assertThat(disputed.lastSourceDate()).isEqualTo(announced.plusDays(60));
        DealSummary agreed = rows.stream()
                .filter(r -> r.payerName().equals(steady))
                .findFirst()
                .orElseThrow();
        assertThat(agreed.datesConflict()).isFalse();
        assertThat(agreed.sourceCount()).isEqualTo(2);
    }

    @Test
    void cumulativeFiguresNeverCreateDealsAndFollowOnsOrDifferentAmountsStaySeparate() {
        String investor = company("Bluefield Ventures");
        String lab = company("Quanta Minds");
        pipeline.process(document(
                LocalDate.of(2032, 1, 10),
                deal(
                        DealType.INVESTMENT,
                        DealStatus.ANNOUNCED,
                        investor,
                        lab,
                        usd("$1 billion", 1_000_000_000L),
                        null,
                        "first")));
        pipeline.process(document(
                LocalDate.of(2032, 2, 10),
                TestDeals.cumulative(deal(
                        DealType.INVESTMENT,
                        DealStatus.COMPLETED,
                        investor,
                        lab,
                        usd("$3 billion", 3_000_000_000L),
                        null,
                        "bringing its total to $3 billion"))));
        assertThat(dealsOf(investor)).hasSize(1);

        pipeline.process(document(
                LocalDate.of(2032, 2, 20),
                deal(
                        DealType.INVESTMENT,
                        DealStatus.ANNOUNCED,
                        investor,
                        lab,
                        usd("$2 billion", 2_000_000_000L),
                        null,
                        "a second, larger round")));
        pipeline.process(document(
                LocalDate.of(2032, 12, 1),
                deal(
                        DealType.INVESTMENT,
                        DealStatus.ANNOUNCED,
                        investor,
                        lab,
                        usd("$1 billion", 1_000_000_000L),
                        null,
                        "a year later, another $1 billion")));
        assertThat(dealsOf(investor))
                .extracting(d -> d.amount().usd().longValue())
                .containsExactlyInAnyOrder(1_000_000_000L, 2_000_000_000L, 1_000_000_000L);
    }

    @Test
    void twoDealsOfTheSamePartiesInOneDocumentStaySeparateInEveryReport() {
        String investor = company("Keystone Lithography");
        String lab = company("Mistral Forge");
        ExtractedDeal stake = deal(
                DealType.INVESTMENT,
                DealStatus.ANNOUNCED,
                investor,
                lab,
                usd("$1.3 billion", 1_300_000_000L),
                null,
                investor + " invests $1.3 billion in " + lab);
        ExtractedDeal round = deal(
                DealType.INVESTMENT,
                DealStatus.ANNOUNCED,
                investor,
                lab,
                usd("$1.7 billion", 1_700_000_000L),
                null,
                investor + " leads the $1.7 billion round of " + lab);
        long first = document(LocalDate.of(2034, 9, 9), stake, round);
        long second = document(LocalDate.of(2034, 9, 9), stake, round);
        pipeline.process(first);
        pipeline.process(second);

        assertThat(dealsOf(investor))
                .extracting(d -> d.amount().usd().longValue())
                .containsExactlyInAnyOrder(1_300_000_000L, 1_700_000_000L);
        assertThat(count("select count(distinct deal_id) from deal_mention where document_id = " + first))
                .isEqualTo(2);
        assertThat(count("select count(distinct deal_id) from deal_mention where document_id = " + second))
                .isEqualTo(2);
    }

    @Test
    void redeliveryIsIdempotent() {
        String customer = company("Orbit Labs");
        String cloud = company("Stratus Cloud");
        long doc = document(
                LocalDate.of(2033, 5, 5),
                deal(
                        DealType.CLOUD_COMMITMENT,
                        DealStatus.ANNOUNCED,
                        customer,
                        cloud,
                        usd("$10 billion", 10_000_000_000L),
                        null,
                        "commits $10 billion"),
                deal(DealType.PARTNERSHIP, DealStatus.ANNOUNCED, cloud, customer, null, null, "partner"));
        pipeline.process(doc);
        List<DealView> before = dealsOf(customer);
        long mentions = count("select count(*) from deal_mention where document_id = " + doc);
        long evidence = count("select count(*) from evidence where document_id = " + doc);

        pipeline.process(doc);
        tx.executeWithoutResult(s -> events.publishEvent(new DocumentStored(doc)));
        pipeline.process(doc);

        List<DealView> after = dealsOf(customer);
        assertThat(after)
                .extracting(DealView::id)
                .containsExactlyInAnyOrderElementsOf(
                        before.stream().map(DealView::id).toList());
        assertThat(after).hasSize(2);
        assertThat(count("select count(*) from deal_mention where document_id = " + doc))
                .isEqualTo(mentions);
        assertThat(count("select count(*) from evidence where document_id = " + doc))
                .isEqualTo(evidence);
    }

    @Test
    void reviewDecisionsSurviveReExtraction() {
        String buyer = company("Cobalt Systems");
        String seller = company("Ferrite Chips");
        String other = company("Umbra Robotics");
        long doc = document(
                LocalDate.of(2034, 2, 2),
                deal(
                        DealType.SUPPLY,
                        DealStatus.REPORTED_TALKS,
                        buyer,
                        seller,
                        usd("$500 million", 500_000_000L),
                        null,
                        "in talks to buy chips"),
                deal(
                        DealType.ACQUISITION,
                        DealStatus.ANNOUNCED,
                        buyer,
                        other,
                        usd("$2 billion", 2_000_000_000L),
                        null,
                        "agreed to acquire"));
        pipeline.process(doc);
        asAnalyst();
        try {
            DealView supply = dealsOf(buyer).stream()
                    .filter(d -> d.type() == DealType.SUPPLY)
                    .findFirst()
                    .orElseThrow();
            DealView acquisition = dealsOf(buyer).stream()
                    .filter(d -> d.type() == DealType.ACQUISITION)
                    .findFirst()
                    .orElseThrow();
            deals.edit(
                    supply.id(),
                    new DealEdit(
                            null,
                            DealStatus.ANNOUNCED,
                            null,
                            null,
                            null,
                            null,
                            "$550 million",
                            "USD",
                            new java.math.BigDecimal("550000000"),
                            null,
                            null,
                            null,
                            null,
                            null,
                            36,
                            null,
                            null,
                            null),
                    "analyst");
            deals.reject(acquisition.id(), "analyst");

            pipeline.process(doc);

            DealView edited = queries.view(supply.id()).orElseThrow();
            assertThat(edited.reviewState()).isEqualTo(ReviewState.EDITED);
            assertThat(edited.status()).isEqualTo(DealStatus.ANNOUNCED);
            assertThat(edited.amount().text()).isEqualTo("$550 million");
            assertThat(edited.termMonths()).isEqualTo(36);
            assertThat(edited.sources()).extracting(DealView.Source::documentId).containsExactly(doc);
            DealView rejected = queries.view(acquisition.id()).orElseThrow();
            assertThat(rejected.reviewState()).isEqualTo(ReviewState.REJECTED);
            assertThat(dealsOf(buyer)).hasSize(2);
            assertThat(count("select count(*) from audit_log where entity_type = 'deal' and entity_id = '" + supply.id()
                            + "' and action = 'deal.edit'"))
                    .isEqualTo(1);
        } finally {
            contexts.clearContext();
        }
    }

    @Test
    void mergeAndSplitSurviveReExtraction() {
        String payer = company("Gamma Holdings");
        String payee = company("Delta Intelligence");
        long a = document(
                LocalDate.of(2035, 1, 1),
                deal(
                        DealType.INVESTMENT,
                        DealStatus.ANNOUNCED,
                        payer,
                        payee,
                        usd("$1 billion", 1_000_000_000L),
                        null,
                        "one billion"));
        long b = document(
                LocalDate.of(2035, 1, 20),
                deal(
                        DealType.INVESTMENT,
                        DealStatus.ANNOUNCED,
                        payer,
                        payee,
                        usd("$3 billion", 3_000_000_000L),
                        null,
                        "three billion"));
        pipeline.process(a);
        pipeline.process(b);
        assertThat(dealsOf(payer)).hasSize(2);
        asAnalyst();
        try {
            long dealA = queries.dealsOfDocument(a).getFirst();
            long dealB = queries.dealsOfDocument(b).getFirst();
            DealView merged = deals.merge(dealA, dealB, "analyst");
            assertThat(merged.sources()).hasSize(2);
            pipeline.process(b);
            pipeline.process(a);
            assertThat(dealsOf(payer)).singleElement().extracting(DealView::id).isEqualTo(dealA);

            DealView split = deals.split(dealA, List.of(b), "analyst");
            pipeline.process(b);
            assertThat(dealsOf(payer)).extracting(DealView::id).containsExactlyInAnyOrder(dealA, split.id());
            assertThat(queries.dealsOfDocument(b)).containsExactly(split.id());
        } finally {
            contexts.clearContext();
        }
    }

    @Test
    void failedExtractionMarksTheDocument() {
        long doc = insertDocument(jdbc, "Broken", "text", LocalDate.of(2030, 1, 1));
        extractor.fail(doc, "unreadable text");
        DealPipeline.Outcome outcome = pipeline.process(doc);
        assertThat(outcome.extracted()).isFalse();
        assertThat(jdbc.sql("select status || ':' || error from document where id = :id")
                        .param("id", doc)
                        .query(String.class)
                        .single())
                .isEqualTo("FAILED:unreadable text");
    }

    @Test
    void registryPartiesResolveToTheirCompaniesAndUnknownOnesAreCreatedUnverified() {
        Long amazon = companies.resolve("Amazon", "Amazon.com", null);
        assertThat(companies.resolve(null, "AMAZON.COM, INC.", null)).isEqualTo(amazon);
        Long aws = companies.resolve("Amazon Web Services", "AWS", "Amazon");
        assertThat(companies.selfAndSubsidiaries(amazon)).contains(aws);
        assertThat(companies.naming(List.of(aws)).get(aws).ultimateParent()).isEqualTo("Amazon");

        String newcomer = company("Brand New Labs");
        Long created = companies.resolve(newcomer, newcomer, "Amazon");
        var profile = companies.profile(created).orElseThrow();
        assertThat(profile.verified()).isFalse();
        assertThat(profile.parent().id()).isEqualTo(amazon);
        assertThat(companies.resolve(newcomer + " Inc.", null, null)).isEqualTo(created);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** Through the strategy bean that method security reads (Vaadin replaces the static default). */
    private void asAnalyst() {
        var context = contexts.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(
                "analyst", "n/a", AuthorityUtils.createAuthorityList("ROLE_ANALYST")));
        contexts.setContext(context);
    }
}
