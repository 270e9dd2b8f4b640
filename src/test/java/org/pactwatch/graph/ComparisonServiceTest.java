package org.pactwatch.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactwatch.StrategyIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(roles = "ANALYST")
class ComparisonServiceTest extends StrategyIntegrationTest {

    @Autowired
    ComparisonService comparisons;

    @Test
    void fourRelationshipsSideBySide() {
        List<ComparisonRow> rows = comparisons.relationships(List.of(
                pair("Amazon", "OpenAI"),
                pair("Amazon", "Anthropic"),
                pair("Microsoft", "OpenAI"),
                pair("Google", "Anthropic")));

        assertThat(rows)
                .extracting(ComparisonRow::label)
                .containsExactly("Amazon – OpenAI", "Amazon – Anthropic", "Microsoft – OpenAI", "Google – Anthropic");

        ComparisonRow amazonOpenAi = rows.get(0);
        assertThat(amazonOpenAi.investedOut())
                .as("the merged duplicate is not counted")
                .isEqualTo(50e9);
        assertThat(amazonOpenAi.committedIn()).isEqualTo(100e9);
        assertThat(amazonOpenAi.deals()).isEqualTo(2);
        assertThat(amazonOpenAi.firstDeal()).isEqualTo(LocalDate.parse("2026-02-10"));

        ComparisonRow amazonAnthropic = rows.get(1);
        assertThat(amazonAnthropic.investedOut()).isEqualTo(33e9);
        assertThat(amazonAnthropic.committedIn()).isEqualTo(100e9);
        assertThat(amazonAnthropic.deals()).isEqualTo(5);
        assertThat(amazonAnthropic.sources()).isEqualTo(2);
        assertThat(amazonAnthropic.firstDeal()).isEqualTo(LocalDate.parse("2023-09-25"));
        assertThat(amazonAnthropic.lastDeal()).isEqualTo(LocalDate.parse("2026-04-14"));
        assertThat(amazonAnthropic.providerTerms())
                .containsExactlyInAnyOrder(
                        "primary provider: AWS is Anthropic's primary cloud provider",
                        "primary provider: AWS remains Anthropic's primary training partner");
        assertThat(amazonAnthropic.commitmentTerms())
                .contains("Anthropic → Amazon Web Services: more than $100 billion over 10 years (2026-04-14)");
        assertThat(amazonAnthropic.tieUps())
                .containsExactly(
                        "Amazon ⇄ Anthropic: up to $25 billion (2026-04-14) → more than $100 billion (2026-04-14), 4.0×"
                                + " committed per dollar invested",
                        "Amazon ⇄ Anthropic: $4 billion (2023-09-25) → undisclosed (2023-09-25)");
        assertThat(rows.get(2).tieUps())
                .as("Microsoft's investment and OpenAI's Azure commitment are further apart than the window")
                .isEmpty();

        assertThat(rows.get(2).investedOut()).isEqualTo(10e9);
        assertThat(rows.get(2).committedIn()).isEqualTo(250e9);
        assertThat(rows.get(3).investedOut()).isEqualTo(2e9);
        assertThat(rows.get(3).commitmentTerms())
                .containsExactly("Anthropic → Google Cloud: tens of billions of dollars (2025-10-23)");
    }

    @Test
    void companiesSideBySideCountMoneyOutAndIn() {
        List<ComparisonRow> rows = comparisons.companies(List.of(fixture.company("Amazon"), fixture.company("OpenAI")));

        assertThat(rows.get(0).label()).isEqualTo("Amazon");
        assertThat(rows.get(0).second()).isNull();
        assertThat(rows.get(0).investedOut()).isEqualTo(83e9);
        assertThat(rows.get(0).committedIn()).isEqualTo(200e9);
        assertThat(rows.get(1).investedIn()).isEqualTo(160e9);
        assertThat(rows.get(1).committedOut()).isEqualTo(372.4e9);
        assertThat(rows.get(1).deals()).isEqualTo(6);
    }

    @Test
    void moreThanFourIsRefused() {
        List<Long> five = List.of(1L, 2L, 3L, 4L, 5L);
        assertThatThrownBy(() -> comparisons.companies(five)).isInstanceOf(IllegalArgumentException.class);
    }

    private CompanyPair pair(String a, String b) {
        return new CompanyPair(fixture.company(a), fixture.company(b));
    }
}
