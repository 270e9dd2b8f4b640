package org.pactwatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pactwatch.IntegrationTest;
import org.pactwatch.report.TieUpSummary.Citation;
import org.pactwatch.report.TieUpSummary.Deal;
import org.pactwatch.report.TieUpSummary.Relationship;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "regina", roles = "REGULATOR")
class TieUpSummaryTest extends IntegrationTest {

    static final Instant GENERATED = Instant.parse("2026-11-26T06:00:00Z");

    @Autowired
    ExportService exports;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void fixture() {
        TieUpFixture.load(dataSource);
    }

    @Test
    void amazonAndAnthropicHaveTheirTranchesCommitmentsTermsAndCircularFlow() {
        TieUpSummary summary =
                exports.summarize(new ExportScope(List.of("Amazon", "Anthropic"), null, null), GENERATED);

        assertThat(summary.scope().mode()).isEqualTo(TieUpSummary.Mode.BETWEEN);
        assertThat(summary.relationships()).extracting(Relationship::key).containsExactly("Amazon – Anthropic");
        Relationship r = summary.relationships().getFirst();
        assertThat(r.entities())
                .contains(
                        new TieUpSummary.Party("Amazon Web Services", "Amazon"),
                        new TieUpSummary.Party("Anthropic", "Anthropic"));

        Deal first = deal(r.investments(), "up to $4 billion");
        assertThat(first.amount().qualifier()).isEqualTo("UP_TO");
        assertThat(first.amount().usd()).isEqualByComparingTo("4000000000");
        assertThat(first.tranches())
                .extracting(TieUpSummary.Tranche::amountText)
                .containsExactly("$1.25 billion", "$2.75 billion");
        assertThat(first.terms())
                .extracting(TieUpSummary.Term::kind, TieUpSummary.Term::value)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("INSTRUMENT", "convertible notes"),
                        org.assertj.core.groups.Tuple.tuple("STAKE_PERCENT", "minority ownership position"));
        assertThat(first.closedDate()).isEqualTo(LocalDate.of(2024, 3, 27));

        Deal commitment = deal(r.commitments(), "about $4 billion");
        assertThat(commitment.payer().name()).isEqualTo("Anthropic");
        assertThat(commitment.payee()).isEqualTo(new TieUpSummary.Party("Amazon Web Services", "Amazon"));
        assertThat(commitment.termMonths()).isEqualTo(60);
        assertThat(commitment.unreviewed()).isTrue();
        assertThat(commitment.terms()).extracting(TieUpSummary.Term::value).contains("Trainium2");

        assertThat(r.exclusivity()).extracting(TieUpSummary.TermFact::kind).contains("PRIMARY_PROVIDER");
        assertThat(r.governance()).extracting(TieUpSummary.TermFact::value).contains("no board seat");
        assertThat(r.distribution())
                .extracting(TieUpSummary.TermFact::value)
                .contains("models available to AWS customers through Amazon Bedrock");
        assertThat(r.circularFlows()).singleElement().satisfies(flow -> {
            assertThat(flow.investor()).isEqualTo("Amazon");
            assertThat(flow.investee()).isEqualTo("Anthropic");
            assertThat(flow.commitmentDealIds()).contains(commitment.id());
        });
        assertThat(r.pairedDeals())
                .as("the 2024 investment paired with the AWS commitment signed the same day")
                .singleElement()
                .satisfies(pair -> {
                    assertThat(pair.investor()).isEqualTo("Amazon");
                    assertThat(pair.investee()).isEqualTo("Anthropic");
                    assertThat(pair.commitmentDealId()).isEqualTo(commitment.id());
                    assertThat(deal(r.investments(), "an additional $4 billion").id())
                            .isEqualTo(pair.investmentDealId());
                    assertThat(pair.investmentDate()).isEqualTo(LocalDate.of(2024, 11, 22));
                    assertThat(pair.daysApart()).isZero();
                    assertThat(pair.windowMonths()).isEqualTo(12);
                    assertThat(pair.commitmentUsd()).isEqualByComparingTo("4000000000");
                    assertThat(pair.ratio()).isEqualByComparingTo("1");
                    assertThat(pair.description())
                            .contains("Amazon invested an additional $4 billion in Anthropic")
                            .contains("Anthropic committed about $4 billion to Amazon Web Services")
                            .endsWith("1× the investment");
                });
        // cumulative "$8 billion" is listed but not counted; the rejected and the merged deal are left out
        assertThat(r.investmentUsd()).isEqualByComparingTo("8000000000");
        assertThat(r.investments()).anySatisfy(d -> assertThat(d.cumulative()).isTrue());
        assertThat(r.investments()).extracting(d -> d.amount().text()).doesNotContain("$97 billion", "$1.3 billion");
        assertThat(r.otherTieUps()).anySatisfy(o -> {
            assertThat(o.party()).isEqualTo("Anthropic");
            assertThat(o.counterparty()).isEqualTo("Alphabet");
        });
    }

    @Test
    void everyCitationQuotesTheStoredTextAndItsHash() throws Exception {
        TieUpSummary summary =
                exports.summarize(new ExportScope(List.of("Amazon", "Anthropic"), null, null), GENERATED);
        List<Citation> citations = summary.relationships().stream()
                .flatMap(r -> Stream.of(r.investments(), r.commitments(), r.partnerships())
                        .flatMap(List::stream))
                .flatMap(d ->
                        Stream.concat(d.citations().stream(), d.terms().stream().map(TieUpSummary.Term::citation)))
                .toList();
        assertThat(citations).isNotEmpty().doesNotContainNull();
        for (Citation c : citations) {
            String text = jdbc.sql("select text from document where id = :id")
                    .param("id", c.documentId())
                    .query(String.class)
                    .single();
            assertThat(text.substring(c.begin(), c.end())).isEqualTo(c.sentence());
            String sha = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            assertThat(c.sha256()).isEqualTo(sha);
            assertThat(c.url()).startsWith("https://");
            assertThat(c.publisher()).isNotBlank();
            assertThat(c.published()).isNotNull();
            assertThat(c.retrieved()).isNotNull();
        }
        assertThat(summary.sources()).extracting(TieUpSummary.Source::url).contains(TieUpFixture.AMAZON_ANNOUNCEMENT);
    }

    @Test
    void subsidiariesRollUpToTheirUltimateParent() {
        TieUpSummary viaAws = exports.summarize(new ExportScope(List.of("AWS", "anthropic"), null, null), GENERATED);
        assertThat(viaAws.scope().resolved())
                .containsExactly(
                        new TieUpSummary.Party("Amazon Web Services", "Amazon"),
                        new TieUpSummary.Party("Anthropic", "Anthropic"));
        assertThat(viaAws.relationships()).extracting(Relationship::key).containsExactly("Amazon – Anthropic");

        TieUpSummary google =
                exports.summarize(new ExportScope(List.of("Google Cloud", "Anthropic"), null, null), GENERATED);
        assertThat(google.relationships()).extracting(Relationship::key).containsExactly("Alphabet – Anthropic");
        assertThat(google.relationships().getFirst().commitments())
                .anySatisfy(d -> assertThat(d.payee()).isEqualTo(new TieUpSummary.Party("Google Cloud", "Alphabet")));
    }

    @Test
    void oneCompanyMeansAllItsRelationshipsWithinThePeriod() {
        TieUpSummary all = exports.summarize(new ExportScope(List.of("Anthropic"), null, null), GENERATED);
        assertThat(all.scope().mode()).isEqualTo(TieUpSummary.Mode.ALL);
        assertThat(all.relationships())
                .extracting(Relationship::key)
                .contains("Anthropic – Alphabet", "Anthropic – Amazon")
                .doesNotContain("Microsoft – OpenAI");

        TieUpSummary from2024 =
                exports.summarize(new ExportScope(List.of("Anthropic"), LocalDate.of(2024, 1, 1), null), GENERATED);
        assertThat(from2024.relationships()).extracting(Relationship::key).contains("Anthropic – Amazon");
        assertThat(from2024.relationships()).extracting(Relationship::key).doesNotContain("Anthropic – Alphabet");
        assertThat(from2024.relationships().stream().flatMap(r -> r.investments().stream()))
                .allSatisfy(d -> assertThat(d.date()).isAfterOrEqualTo(LocalDate.of(2024, 1, 1)));
    }

    @Test
    void unknownCompaniesAndReversedPeriodsAreRefusedWithAHelpfulMessage() {
        assertThatThrownBy(() -> exports.summarize(
                        new ExportScope(List.of("Amazon", "Nonexistent Labs"), null, null), GENERATED))
                .isInstanceOf(InvalidExportException.class)
                .hasMessageContaining("Nonexistent Labs");
        assertThatThrownBy(() -> new ExportScope(List.of("Amazon"), LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1)))
                .isInstanceOf(InvalidExportException.class)
                .hasMessageContaining("after");
        assertThatThrownBy(() -> new ExportScope(List.of(" "), null, null)).isInstanceOf(InvalidExportException.class);
    }

    static Deal deal(List<Deal> deals, String amountText) {
        return deals.stream()
                .filter(d -> d.amount() != null && amountText.equals(d.amount().text()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no deal with amount " + amountText + " in " + deals));
    }
}
