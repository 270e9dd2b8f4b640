package org.pactwatch.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pactwatch.deal.TestDeals.deal;
import static org.pactwatch.deal.TestDeals.insertDocument;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pactwatch.IntegrationTest;
import org.pactwatch.extraction.ExtractedDeal;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The deals and companies API: the extract contract's shape, paging, review actions and role rules. */
class DealApiTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScriptedDealExtractor extractor;

    @Autowired
    DealPipeline pipeline;

    @Autowired
    UserService users;

    ApiClient api;
    String payer;
    String payee;
    long firstDocument;

    @BeforeEach
    void dealsOfTwoDocuments() {
        api = new ApiClient(baseUrl(), users);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        payer = "Paragon Cloud " + suffix;
        payee = "Lumen Labs " + suffix;
        String text = payer + " will invest up to $2 billion in " + payee + ".";
        firstDocument = insertDocument(jdbc, "Paragon backs Lumen", text, LocalDate.of(2036, 6, 1));
        ExtractedDeal investment = new ExtractedDeal(
                DealType.INVESTMENT,
                DealStatus.ANNOUNCED,
                new ExtractedDeal.Party(payer, payer, null),
                new ExtractedDeal.Party(payee, payee, null),
                new ExtractedDeal.Amount(
                        "up to $2 billion",
                        "USD",
                        new java.math.BigDecimal("2000000000"),
                        null,
                        new java.math.BigDecimal("2000000000"),
                        ExtractedDeal.Qualifier.UP_TO,
                        new java.math.BigDecimal("2000000000")),
                null,
                LocalDate.of(2036, 6, 1),
                0.93,
                List.of(new ExtractedDeal.Evidence(text, 0, text.length())),
                List.of(new ExtractedDeal.Term(
                        ExtractedDeal.TermKind.INSTRUMENT,
                        "convertible notes",
                        new ExtractedDeal.Evidence(text, 0, text.length()))),
                false,
                List.of());
        extractor.script(firstDocument, List.of(investment));
        pipeline.process(firstDocument);
        long second = insertDocument(jdbc, "Lumen partners", "They partner.", LocalDate.of(2036, 6, 10));
        extractor.script(
                second,
                List.of(deal(DealType.PARTNERSHIP, DealStatus.ANNOUNCED, payee, payer, null, null, "They partner.")));
        pipeline.process(second);
    }

    private String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void listsDealsByCompanyInTheExtractContractShape() {
        ApiClient.Response response = api.get("strategist", "/api/v1/deals?company=" + encode(payer) + "&size=10");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("total").asLong()).isEqualTo(2);
        JsonNode investment = null;
        for (JsonNode item : response.body().get("items")) {
            if (item.get("type").asString().equals("INVESTMENT")) {
                investment = item;
            }
        }
        assertThat(investment).isNotNull();
        assertThat(investment.get("id").asLong()).isPositive();
        assertThat(investment.get("status").asString()).isEqualTo("ANNOUNCED");
        assertThat(investment.get("reviewState").asString()).isEqualTo("UNREVIEWED");
        assertThat(investment.get("payer").get("name").asString()).isEqualTo(payer);
        assertThat(investment.get("payer").get("mention").asString()).isEqualTo(payer);
        assertThat(investment.get("payer").has("parent")).isTrue();
        JsonNode amount = investment.get("amount");
        assertThat(amount.get("text").asString()).isEqualTo("up to $2 billion");
        assertThat(amount.get("currency").asString()).isEqualTo("USD");
        assertThat(amount.get("value").asLong()).isEqualTo(2_000_000_000L);
        assertThat(amount.get("max").asLong()).isEqualTo(2_000_000_000L);
        assertThat(amount.get("qualifier").asString()).isEqualTo("UP_TO");
        assertThat(amount.get("usd").asLong()).isEqualTo(2_000_000_000L);
        assertThat(amount.get("value").toString()).isEqualTo("2000000000");
        assertThat(investment.get("date").asString()).isEqualTo("2036-06-01");
        assertThat(investment.get("confidence").asDouble()).isBetween(0.92, 0.94);
        assertThat(investment.has("termMonths")).isTrue();
        JsonNode evidence = investment.get("evidence").get(0);
        assertThat(evidence.get("text").asString()).startsWith(payer + " will invest");
        assertThat(evidence.get("begin").asInt()).isZero();
        assertThat(investment.get("terms").get(0).get("kind").asString()).isEqualTo("INSTRUMENT");
        JsonNode source = investment.get("sources").get(0);
        assertThat(source.get("documentId").asLong()).isEqualTo(firstDocument);
        assertThat(source.get("title").asString()).isEqualTo("Paragon backs Lumen");
        assertThat(source.get("published").asString()).isEqualTo("2036-06-01");
        assertThat(source.has("url")).isTrue();
        assertThat(source.has("publisher")).isTrue();

        ApiClient.Response typed = api.get(
                "regulator",
                "/api/v1/deals?company=" + encode(payee) + "&type=partnership&from=2036-06-05&to=2036-12-31");
        assertThat(typed.body().get("total").asLong()).isEqualTo(1);
        assertThat(typed.body().get("items").get(0).get("type").asString()).isEqualTo("PARTNERSHIP");

        ApiClient.Response one =
                api.get("analyst", "/api/v1/deals/" + investment.get("id").asLong());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().get("amount").get("qualifier").asString()).isEqualTo("UP_TO");
    }

    @Test
    void rejectsBadParametersWithAReadableError() {
        ApiClient.Response badType = api.get("analyst", "/api/v1/deals?type=LOAN");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badType.body().get("error").asString()).contains("type must be one of");
        ApiClient.Response badDate = api.get("analyst", "/api/v1/deals?from=yesterday");
        assertThat(badDate.status()).isEqualTo(400);
        ApiClient.Response missing = api.get("analyst", "/api/v1/deals/999999999");
        assertThat(missing.status()).as(missing.raw()).isEqualTo(404);
        assertThat(api.get("analyst", "/api/v1/deals?company=NoSuchCompanyAnywhere")
                        .body()
                        .get("total")
                        .asLong())
                .isZero();
    }

    @Test
    void onlyAnalystsReviewAndEveryReaderRoleReads() {
        long id = api.get("analyst", "/api/v1/deals?company=" + encode(payer) + "&type=INVESTMENT")
                .body()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        assertThat(api.get(null, "/api/v1/deals").status()).isEqualTo(401);
        for (String reader : List.of("analyst", "strategist", "regulator", "admin")) {
            assertThat(api.get(reader, "/api/v1/deals/" + id).status())
                    .as(reader)
                    .isEqualTo(200);
        }
        assertThat(api.post("strategist", "/api/v1/deals/" + id + "/confirm", null)
                        .status())
                .isEqualTo(403);
        assertThat(api.post("regulator", "/api/v1/deals/" + id + "/reject", null)
                        .status())
                .isEqualTo(403);
        assertThat(api.patch("strategist", "/api/v1/deals/" + id, "{\"termMonths\":12}")
                        .status())
                .isEqualTo(403);

        ApiClient.Response edited =
                api.patch("analyst", "/api/v1/deals/" + id, "{\"termMonths\":120,\"status\":\"COMPLETED\"}");
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.body().get("termMonths").asInt()).isEqualTo(120);
        assertThat(edited.body().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(edited.body().get("reviewState").asString()).isEqualTo("EDITED");
        ApiClient.Response markup =
                api.patch("analyst", "/api/v1/deals/" + id, "{\"amountText\":\"<script>x</script>\"}");
        assertThat(markup.status()).isEqualTo(400);
        assertThat(markup.body().get("error").asString()).contains("markup");

        ApiClient.Response confirmed = api.post("analyst", "/api/v1/deals/" + id + "/confirm", null);
        assertThat(confirmed.body().get("reviewState").asString()).isEqualTo("CONFIRMED");
        assertThat(jdbc.sql("select count(*) from audit_log where entity_type = 'deal' and entity_id = :id")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        long partnership = api.get("analyst", "/api/v1/deals?company=" + encode(payer) + "&type=PARTNERSHIP")
                .body()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        assertThat(api.post(
                                "strategist",
                                "/api/v1/deals/merge",
                                "{\"targetId\":" + id + ",\"sourceId\":" + partnership + "}")
                        .status())
                .isEqualTo(403);
        ApiClient.Response merged = api.post(
                "analyst", "/api/v1/deals/merge", "{\"targetId\":" + id + ",\"sourceId\":" + partnership + "}");
        assertThat(merged.status()).isEqualTo(200);
        assertThat(merged.body().get("sources").size()).isEqualTo(2);
        assertThat(api.get("analyst", "/api/v1/deals?company=" + encode(payer))
                        .body()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void companiesAreFoundAndEditedOnlyByAnalysts() {
        ApiClient.Response list = api.get("regulator", "/api/v1/companies?q=" + encode(payer));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get("total").asLong()).isEqualTo(1);
        long id = list.body().get("items").get(0).get("id").asLong();
        assertThat(list.body().get("items").get(0).get("verified").asBoolean()).isFalse();

        ApiClient.Response profile = api.get("strategist", "/api/v1/companies/" + id);
        assertThat(profile.body().get("name").asString()).isEqualTo(payer);
        assertThat(api.post("strategist", "/api/v1/companies/" + id + "/aliases", "{\"alias\":\"Paragon\"}")
                        .status())
                .isEqualTo(403);
        String alias = "Paragon " + UUID.randomUUID().toString().substring(0, 6);
        ApiClient.Response added =
                api.post("analyst", "/api/v1/companies/" + id + "/aliases", "{\"alias\":\"" + alias + "\"}");
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body().get("aliases").get(0).get("alias").asString()).isEqualTo(alias);
        ApiClient.Response script = api.post(
                "analyst", "/api/v1/companies/" + id + "/aliases", "{\"alias\":\"<img src=x onerror=alert(1)>\"}");
        assertThat(script.status()).isEqualTo(400);

        long other = api.get("analyst", "/api/v1/companies?q=" + encode(payee))
                .body()
                .get("items")
                .get(0)
                .get("id")
                .asLong();
        ApiClient.Response merged =
                api.post("analyst", "/api/v1/companies/merge", "{\"sourceId\":" + other + ",\"targetId\":" + id + "}");
        assertThat(merged.status()).isEqualTo(200);
        assertThat(merged.body().get("aliases").toString()).contains(payee);
        assertThat(api.get("analyst", "/api/v1/companies/" + other)
                        .body()
                        .get("mergedInto")
                        .get("id")
                        .asLong())
                .isEqualTo(id);
        JsonNode deals = api.get("analyst", "/api/v1/deals?company=" + id).body();
        assertThat(deals.get("total").asLong()).isEqualTo(2);
        for (JsonNode d : deals.get("items")) {
            assertThat(d.get("payer").get("id").asLong()).isEqualTo(id);
            assertThat(d.get("payee").get("id").asLong()).isEqualTo(id);
        }
        assertThat(api.get("analyst", "/api/v1/companies/987654321").status()).isEqualTo(404);
    }
}
