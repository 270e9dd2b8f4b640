package org.pactwatch.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pactwatch.IntegrationTest;
import org.pactwatch.company.CompanyService;
import org.pactwatch.deal.DealFilter;
import org.pactwatch.deal.DealPipeline;
import org.pactwatch.deal.DealSort;
import org.pactwatch.deal.ScriptedDealExtractor;
import org.pactwatch.deal.TestDeals;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class DealCsvTest extends IntegrationTest {

    @Autowired
    DealCsv csv;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScriptedDealExtractor extractor;

    @Autowired
    DealPipeline pipeline;

    @Autowired
    CompanyService companies;

    @Test
    void exportsExactlyTheFilteredDealsAndDefusesFormulas() {
        String token = "Csvco" + System.nanoTime();
        long doc = TestDeals.insertDocument(jdbc, token, "text", LocalDate.of(2022, 2, 2));
        extractor.script(
                doc,
                List.of(
                        TestDeals.deal(
                                DealType.INVESTMENT,
                                DealStatus.COMPLETED,
                                "=cmd " + token,
                                token + " Target",
                                TestDeals.usd("$5 million", 5_000_000L),
                                LocalDate.of(2022, 2, 2),
                                "text"),
                        TestDeals.deal(
                                DealType.SUPPLY,
                                DealStatus.ANNOUNCED,
                                token + " Target",
                                "Parts " + token,
                                TestDeals.usd("$1 million", 1_000_000L),
                                LocalDate.of(2022, 2, 2),
                                "text")));
        pipeline.process(doc);
        long target = companies.findId(token + " Target").orElseThrow();

        String file = new String(
                csv.write(
                        DealFilter.all().withCompany(target).withTypes(Set.of(DealType.INVESTMENT)),
                        DealSort.newestFirst()),
                StandardCharsets.UTF_8);
        List<String> lines = file.lines().toList();
        assertThat(lines.getFirst()).startsWith("id,payer,payee,type,status,amount_text");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1))
                .contains("'=cmd " + token)
                .contains(",INVESTMENT,COMPLETED,$5 million,EXACT,USD,5000000,5000000,");
    }
}
