package org.pactwatch.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pactwatch.deal.TestDeals.insertDocument;
import static org.pactwatch.deal.TestDeals.usd;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pactwatch.IntegrationTest;
import org.pactwatch.deal.ApiClient;
import org.pactwatch.deal.DealPipeline;
import org.pactwatch.deal.ScriptedDealExtractor;
import org.pactwatch.extraction.ExtractedDeal;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.search.InvalidQueryException;
import org.pactwatch.search.SearchIndex;
import org.pactwatch.search.SearchRequest;
import org.pactwatch.search.SearchResult;
import org.pactwatch.search.SearchService;
import org.pactwatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Search on the real index and database: syntax, facets, ranges, highlights, bad input, catch-up, counts. */
class SearchTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScriptedDealExtractor extractor;

    @Autowired
    DealPipeline pipeline;

    @Autowired
    SearchService search;

    @Autowired
    SearchIndex index;

    @Autowired
    IndexSource source;

    @Autowired
    UserService users;

    /** A word no other test uses, so results are only this test's records. */
    String marker;

    String investor;
    String lab;
    long bigDocument;
    long smallDocument;

    @BeforeEach
    void twoDocumentsWithDeals() {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        marker = "qx" + suffix;
        investor = "Vantage Capital " + suffix;
        lab = "Nimbus Reasoning " + suffix;
        String bigText = investor + " will invest $3 billion in " + lab + " under the " + marker
                + " programme. The Nimbus compute deal was signed in Paris.";
        bigDocument = insertDocument(jdbc, "Vantage backs Nimbus " + marker, bigText, LocalDate.of(2024, 5, 2));
        extractor.script(
                bigDocument,
                List.of(deal(
                        DealType.INVESTMENT,
                        DealStatus.ANNOUNCED,
                        investor,
                        lab,
                        usd("$3 billion", 3_000_000_000L),
                        bigText)));
        String smallText = lab + " signs a supply " + marker + " agreement worth $200 million with " + investor + ".";
        smallDocument = insertDocument(jdbc, "Nimbus supply pact", smallText, LocalDate.of(2025, 1, 15));
        extractor.script(
                smallDocument,
                List.of(deal(
                        DealType.SUPPLY,
                        DealStatus.COMPLETED,
                        lab,
                        investor,
                        usd("$200 million", 200_000_000L),
                        smallText)));
        pipeline.process(bigDocument);
        pipeline.process(smallDocument);
        awaitIndexed(marker, 2);
    }

    private static ExtractedDeal deal(
            DealType type, DealStatus status, String payer, String payee, ExtractedDeal.Amount amount, String text) {
        return new ExtractedDeal(
                type,
                status,
                new ExtractedDeal.Party(payer, payer, null),
                new ExtractedDeal.Party(payee, payee, null),
                amount,
                null,
                null,
                0.9,
                List.of(new ExtractedDeal.Evidence(text, 0, text.length())),
                List.of(),
                false,
                List.of());
    }

    /** The DealsExtracted listener indexes asynchronously; wait for it with a deadline. */
    /** Until the deals are indexed and so are their documents again, with the deals' facts (amounts, types). */
    private void awaitIndexed(String query, int deals) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            if (deals(query).total() >= deals
                    && documents(query + " AND amount_usd:[0 TO *]").total() >= deals) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("deals for " + query + " were not indexed in time");
    }

    private SearchResult deals(String query) {
        return search.search(SearchRequest.of(query, SearchRequest.Target.DEALS));
    }

    private SearchResult documents(String query) {
        return search.search(SearchRequest.of(query, SearchRequest.Target.DOCUMENTS));
    }

    @Test
    void classicSyntaxFindsDealsAndDocuments() {
        assertThat(documents(marker).total()).isEqualTo(2);
        assertThat(documents(marker + " AND paris").items())
                .extracting(SearchResult.Hit::id)
                .containsExactly(bigDocument);
        assertThat(documents(marker + " NOT paris").items())
                .extracting(SearchResult.Hit::id)
                .containsExactly(smallDocument);
        assertThat(documents(marker + " AND (paris OR nothingmatches)").total()).isEqualTo(1);
        assertThat(documents("\"compute deal was signed\" AND " + marker).total())
                .isEqualTo(1);
        assertThat(documents("\"signed compute deal\" AND " + marker).total()).isZero();
        assertThat(documents("*" + marker.substring(3)).total()).isEqualTo(2);
        assertThat(documents(marker.substring(0, 6) + "*").total()).isEqualTo(2);
        assertThat(documents(marker + " AND title:supply").items())
                .extracting(SearchResult.Hit::id)
                .containsExactly(smallDocument);
        assertThat(deals(marker + " AND type:supply").items()).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo("deal");
            assertThat(hit.types()).containsExactly("SUPPLY");
            assertThat(hit.statuses()).containsExactly("COMPLETED");
        });
        assertThat(deals(marker + " AND company:\"" + investor.toLowerCase() + "\"")
                        .total())
                .isEqualTo(2);
        assertThat(deals(marker + " AND company:\"" + investor.toUpperCase() + "\"")
                        .total())
                .isEqualTo(2);
        assertThat(deals(marker + " AND status:completed").total()).isEqualTo(1);
        assertThat(deals(marker + " AND source_kind:news").total()).isEqualTo(2);
    }

    @Test
    void rangesOnAmountsAndDates() {
        assertThat(deals(marker + " AND amount_usd:[1e9 TO *]").items())
                .singleElement()
                .satisfies(hit -> assertThat(hit.amountUsd().longValue()).isEqualTo(3_000_000_000L));
        assertThat(deals(marker + " AND amount_usd:[100m TO 500m]").items())
                .singleElement()
                .satisfies(hit -> assertThat(hit.types()).containsExactly("SUPPLY"));
        assertThat(deals(marker + " AND amount_usd:{3e9 TO *]").total()).isZero();
        assertThat(documents(marker + " AND amount_usd:[2bn TO 4bn]").items())
                .extracting(SearchResult.Hit::id)
                .containsExactly(bigDocument);
        assertThat(documents(marker + " AND published:[2025-01-01 TO 2025-12-31]")
                        .items())
                .extracting(SearchResult.Hit::id)
                .containsExactly(smallDocument);
        assertThat(documents(marker + " AND date:2024").total()).isEqualTo(1);
        assertThat(documents(marker + " AND year:[2024 TO 2025]").total()).isEqualTo(2);
        SearchResult sorted = search.search(
                SearchRequest.of(marker, SearchRequest.Target.DEALS).withSort(SearchRequest.Sort.AMOUNT));
        assertThat(sorted.items())
                .extracting(h -> h.amountUsd().longValue())
                .containsExactly(3_000_000_000L, 200_000_000L);
        SearchResult byDate = search.search(
                SearchRequest.of(marker, SearchRequest.Target.DOCUMENTS).withSort(SearchRequest.Sort.DATE));
        assertThat(byDate.items()).extracting(SearchResult.Hit::id).containsExactly(smallDocument, bigDocument);
        SearchResult ranged = search.search(SearchRequest.of(marker, SearchRequest.Target.DOCUMENTS)
                .withDates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        assertThat(ranged.items()).extracting(SearchResult.Hit::id).containsExactly(bigDocument);
    }

    @Test
    void facetsCountAndNarrow() {
        SearchResult result = deals(marker);
        assertThat(result.facets()).containsOnlyKeys("company", "type", "year", "sourceKind", "status");
        assertThat(result.facets().get("company")).containsEntry(investor, 2L).containsEntry(lab, 2L);
        assertThat(result.facets().get("type")).containsEntry("INVESTMENT", 1L).containsEntry("SUPPLY", 1L);
        assertThat(result.facets().get("year")).containsEntry("2024", 1L).containsEntry("2025", 1L);
        assertThat(result.facets().get("sourceKind")).containsEntry("NEWS", 2L);
        assertThat(result.facets().get("status")).containsEntry("ANNOUNCED", 1L).containsEntry("COMPLETED", 1L);

        SearchResult narrowed = search.search(
                SearchRequest.of(marker, SearchRequest.Target.DEALS).withFacets(Map.of("type", List.of("SUPPLY"))));
        assertThat(narrowed.total()).isEqualTo(1);
        assertThat(narrowed.facets().get("year")).containsOnlyKeys("2025");
        SearchResult either = search.search(SearchRequest.of(marker, SearchRequest.Target.DEALS)
                .withFacets(Map.of("type", List.of("SUPPLY", "INVESTMENT"))));
        assertThat(either.total()).isEqualTo(2);
        SearchResult documentFacets = documents(marker);
        assertThat(documentFacets.facets().get("type")).containsEntry("INVESTMENT", 1L);
    }

    @Test
    void snippetsCarryHighlightOffsetsIntoPlainText() {
        SearchResult result = documents(marker + " AND paris");
        SearchResult.Hit hit = result.items().getFirst();
        SearchResult.Snippet body = hit.snippets().stream()
                .filter(s -> s.field().equals("body"))
                .findFirst()
                .orElseThrow();
        assertThat(body.highlights()).isNotEmpty();
        assertThat(body.highlights())
                .extracting(
                        span -> body.text().substring(span.begin(), span.end()).toLowerCase())
                .contains(marker, "paris");
        assertThat(body.text()).doesNotContain("\uE000", "\uE001", "<b>");
    }

    @Test
    void badQueriesGiveReadableErrorsAndHostileInputIsHarmless() {
        assertThatThrownBy(() -> deals("\"unbalanced quote"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("quote");
        assertThatThrownBy(() -> deals("amazon AND (anthropic"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageNotContaining("Was expecting");
        assertThatThrownBy(() -> deals("amount_usd:[lots TO *]"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("not an amount");
        assertThatThrownBy(() -> deals("x".repeat(10_001)))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("longer than");
        assertThat(deals("y".repeat(10_000)).total()).isZero();
        String manyWords = ("word" + marker + " ").repeat(2_000).substring(0, 10_000);
        try {
            assertThat(deals(manyWords).total()).isGreaterThanOrEqualTo(0);
        } catch (InvalidQueryException e) {
            assertThat(e.getMessage()).contains("too many");
        }
        assertThatThrownBy(() -> deals("<script>alert(1)</script> " + marker))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("regular expression");
        assertThat(deals("<script>alert(1)<\\/script> " + marker).total()).isZero();
        SearchResult html = documents("<b>" + marker + "<\\/b>");
        assertThat(html.items())
                .allSatisfy(
                        hit -> hit.snippets().forEach(s -> assertThat(s.text()).doesNotContain("<b>")));
    }

    @Test
    void indexCountEqualsDatabaseCountAfterCatchUp() {
        index.catchUp();
        SearchIndex.Status status = index.status();
        assertThat(status.indexedDocuments()).isEqualTo(status.databaseDocuments());
        assertThat(status.indexedDeals()).isEqualTo(status.databaseDeals());
        assertThat(status.lag()).isZero();
        assertThat(status.watermark()).isNotNull();
    }

    @Test
    void aRestartCatchesUpFromTheWatermarkAndRemovesWhatWasDeleted() throws Exception {
        Path dir = Files.createTempDirectory("pactwatch-index-");
        Instant firstWatermark;
        try (LuceneIndex lucene = new LuceneIndex(dir)) {
            DefaultSearchIndex offline = new DefaultSearchIndex(lucene, source);
            offline.reindex();
            firstWatermark = lucene.watermark();
            assertThat(offline.status().lag()).isZero();
        }
        long added =
                insertDocument(jdbc, "Written while the index was closed", "late" + marker, LocalDate.of(2026, 2, 2));
        jdbc.sql("update document set updated_at = clock_timestamp() + interval '1 second' where id = :id")
                .param("id", added)
                .update();
        long doomed = insertDocument(jdbc, "Deleted while closed", "doomed" + marker, LocalDate.of(2026, 2, 3));
        try (LuceneIndex lucene = new LuceneIndex(dir)) {
            DefaultSearchIndex restarted = new DefaultSearchIndex(lucene, source);
            restarted.catchUp();
            assertThat(lucene.ids(IndexFields.KIND_DOCUMENT)).contains(added, doomed);
        }
        jdbc.sql("delete from document where id = :id").param("id", doomed).update();
        try (LuceneIndex lucene = new LuceneIndex(dir)) {
            assertThat(lucene.watermark()).isAfter(firstWatermark);
            DefaultSearchIndex restarted = new DefaultSearchIndex(lucene, source);
            restarted.catchUp();
            assertThat(lucene.ids(IndexFields.KIND_DOCUMENT)).contains(added).doesNotContain(doomed);
            assertThat(restarted.status().lag()).isZero();
        }
    }

    @Test
    void apiAnswersWithItemsFacetsAndErrors() {
        ApiClient api = new ApiClient(baseUrl(), users);
        ApiClient.Response response =
                api.get("regulator", "/api/v1/search?q=" + encode(marker + " AND paris") + "&type=documents&size=5");
        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.body();
        assertThat(body.get("total").asLong()).isEqualTo(1);
        assertThat(body.get("items").get(0).get("id").asLong()).isEqualTo(bigDocument);
        assertThat(body.get("items")
                        .get(0)
                        .get("snippets")
                        .get(0)
                        .get("highlights")
                        .size())
                .isPositive();
        for (String facet : List.of("company", "type", "year", "sourceKind", "status")) {
            assertThat(body.get("facets").has(facet)).as(facet).isTrue();
        }
        ApiClient.Response narrowed =
                api.get("strategist", "/api/v1/search?q=" + encode(marker) + "&dealType=SUPPLY&sort=amount");
        assertThat(narrowed.body().get("total").asLong()).isEqualTo(1);

        ApiClient.Response bad = api.get("analyst", "/api/v1/search?q=" + encode("title:(unclosed"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("error").asString()).isNotBlank();
        assertThat(api.get("analyst", "/api/v1/search?q=" + encode("z".repeat(10_001)))
                        .status())
                .isEqualTo(400);
        assertThat(api.get(null, "/api/v1/search?q=x").status()).isEqualTo(401);

        ApiClient.Response health = api.get("admin", "/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().get("components").has("db")).isTrue();
        assertThat(health.body().get("components").get("index").get("status").asString())
                .isEqualTo("UP");
        assertThat(health.body().get("components").get("index").get("details").has("lag"))
                .isTrue();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
