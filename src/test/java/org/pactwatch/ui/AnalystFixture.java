package org.pactwatch.ui;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.pactwatch.deal.DealPipeline;
import org.pactwatch.deal.ScriptedDealExtractor;
import org.pactwatch.deal.TestDeals;
import org.pactwatch.extraction.ExtractedDeal;
import org.pactwatch.extraction.ExtractedDeal.Amount;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.extraction.ExtractedDeal.Party;
import org.pactwatch.extraction.ExtractedDeal.Qualifier;
import org.pactwatch.search.SearchRequest;
import org.pactwatch.search.SearchService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seeds documents and their deals through the real deal pipeline (with scripted extraction results), with names
 * unique to one test so that tests sharing the database never see each other's deals.
 */
final class AnalystFixture {

    private final JdbcClient jdbc;
    private final ScriptedDealExtractor extractor;
    private final DealPipeline pipeline;
    private final SearchService search;

    AnalystFixture(JdbcClient jdbc, ScriptedDealExtractor extractor, DealPipeline pipeline, SearchService search) {
        this.jdbc = jdbc;
        this.extractor = extractor;
        this.pipeline = pipeline;
        this.search = search;
    }

    /** A word no other test uses, e.g. "Qvx3f9a1". */
    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    /** A deal described by one sentence inside a longer article; returns the ids of the deals stored. */
    List<Long> article(
            String title, LocalDate published, DealType type, String payer, String payee, long usd, String sentence) {
        String before = "Intro paragraph of the report on " + published + ". ";
        String text = before + sentence + " Analysts said more could follow.";
        long documentId = TestDeals.insertDocument(jdbc, title, text, published);
        int begin = before.length();
        ExtractedDeal deal = new ExtractedDeal(
                type,
                DealStatus.ANNOUNCED,
                new Party(payer, payer, null),
                new Party(payee, payee, null),
                new Amount(
                        "$" + usd / 1_000_000 + " million",
                        "USD",
                        BigDecimal.valueOf(usd),
                        null,
                        null,
                        Qualifier.EXACT,
                        BigDecimal.valueOf(usd)),
                null,
                published,
                0.9,
                List.of(new ExtractedDeal.Evidence(sentence, begin, begin + sentence.length())),
                List.of(),
                false,
                List.of());
        extractor.script(documentId, List.of(deal));
        DealPipeline.Outcome outcome = pipeline.process(documentId);
        if (!outcome.extracted()) {
            throw new IllegalStateException("extraction failed: " + outcome.error());
        }
        return outcome.dealIds();
    }

    /** Waits until the search index finds {@code expected} deals for the query. */
    void awaitIndexed(String query, long expected) {
        await(() -> search.search(SearchRequest.of(query, SearchRequest.Target.DEALS))
                        .total()
                == expected);
    }

    static void await(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within 30 s");
            }
            java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L);
        }
    }
}
