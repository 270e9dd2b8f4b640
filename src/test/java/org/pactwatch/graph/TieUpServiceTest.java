package org.pactwatch.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactwatch.StrategyIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(roles = "STRATEGIST")
class TieUpServiceTest extends StrategyIntegrationTest {

    @Autowired
    TieUpService tieUps;

    @Test
    void pairsEachInvestmentWithTheCommitmentBackWithinTwelveMonths() {
        List<TieUp> found = tieUps.tieUps(TieUpQuery.all());

        assertThat(found)
                .extracting(TieUp::key)
                .containsExactly(
                        key("amazon-anthropic-2026", "anthropic-aws-2026"),
                        key("amazon-openai-2026", "openai-aws-2026"),
                        key("microsoft-anthropic-2025", "anthropic-azure-2025"),
                        key("amazon-anthropic-2023", "anthropic-aws-2023"));
        assertThat(found)
                .as("Microsoft's 2023 investment and OpenAI's 2025 Azure commitment are 33 months apart")
                .noneMatch(t -> t.contains(fixture.deal("microsoft-openai-2023")))
                .as("the 2024 tranche has no commitment within a year")
                .noneMatch(t -> t.contains(fixture.deal("amazon-anthropic-2024")))
                .as("CoreWeave is no part of Nvidia")
                .noneMatch(t -> t.contains(fixture.deal("nvidia-openai-2025")));

        TieUp anthropic = found.getFirst();
        assertThat(anthropic.label()).isEqualTo("Amazon ⇄ Anthropic");
        assertThat(anthropic.commitment().deal().payee().name())
                .as("a commitment to AWS counts for Amazon")
                .isEqualTo("Amazon Web Services");
        assertThat(anthropic.investment().deal().amountText()).isEqualTo("up to $25 billion");
        assertThat(anthropic.ratio()).isEqualTo(4.0);
        assertThat(anthropic.daysApart()).isZero();
        assertThat(anthropic.loopKey())
                .isEqualTo(Math.min(fixture.company("Amazon"), fixture.company("Anthropic")) + "-"
                        + Math.max(fixture.company("Amazon"), fixture.company("Anthropic")));
        assertThat(anthropic.commitment().sources())
                .extracting(TieUp.Source::title)
                .containsExactly("Anthropic commits more than $100 billion to AWS", "Amazon deepens Anthropic tie-up");
        assertThat(anthropic.investment().sources()).singleElement().satisfies(s -> {
            assertThat(s.publisher()).isEqualTo("Test Wire");
            assertThat(s.url()).startsWith("https://news.test/");
            assertThat(s.published()).isEqualTo(LocalDate.parse("2026-04-15"));
        });

        assertThat(found.get(1).ratio()).isEqualTo(2.0);
        assertThat(found.get(2).ratio()).isEqualTo(6.0);
        assertThat(found.getLast().ratio())
                .as("the 2023 AWS commitment states no amount")
                .isNull();
    }

    @Test
    void aWiderWindowPairsMoreButEveryDealAtMostOnce() {
        List<TieUp> found = tieUps.tieUps(new TieUpQuery(null, null, null, 36));

        assertThat(found)
                .extracting(TieUp::key)
                .contains(
                        key("microsoft-openai-2023", "openai-azure-2025"),
                        key("google-anthropic-2023", "anthropic-gcloud-2025"));
        TieUp alphabet = found.stream()
                .filter(t -> t.contains(fixture.deal("google-anthropic-2023")))
                .findFirst()
                .orElseThrow();
        assertThat(alphabet.investor().name())
                .as("Google and Google Cloud both roll up to Alphabet")
                .isEqualTo("Alphabet");
        assertThat(found)
                .as("both Amazon → Anthropic commitments are taken by the same-day investments")
                .noneMatch(t -> t.contains(fixture.deal("amazon-anthropic-2024")));
        List<Long> dealIds = found.stream()
                .flatMap(t -> java.util.stream.Stream.<Long>of(
                        t.investment().deal().id(), t.commitment().deal().id()))
                .toList();
        assertThat(dealIds).doesNotHaveDuplicates();
    }

    @Test
    void perCompanyRollsUpToTheTopParentAndDatesBoundBothDeals() {
        List<TieUp> amazon = tieUps.tieUpsOf(fixture.company("Amazon"));

        assertThat(amazon).hasSize(3).allMatch(t -> t.investor().name().equals("Amazon"));
        assertThat(tieUps.tieUpsOf(fixture.company("Amazon Web Services"))).isEqualTo(amazon);
        assertThat(tieUps.tieUpsOf(fixture.company("Anthropic")))
                .extracting(t -> t.investor().name())
                .containsExactly("Amazon", "Microsoft", "Amazon");
        assertThat(tieUps.tieUps(new TieUpQuery(
                        fixture.company("Amazon"),
                        LocalDate.parse("2026-01-01"),
                        null,
                        TieUpQuery.DEFAULT_WINDOW_MONTHS)))
                .extracting(t -> t.investee().name())
                .containsExactly("Anthropic", "OpenAI");
        assertThatThrownBy(() -> new TieUpQuery(null, null, null, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("windowMonths");
    }

    @Test
    @WithMockUser(roles = "REGULATOR")
    void regulatorsReadTieUpsForTheirSummaries() {
        assertThat(tieUps.tieUps(TieUpQuery.all())).hasSize(4);
    }

    @Test
    @WithMockUser(roles = "NOBODY")
    void otherRolesAreRefused() {
        assertThatThrownBy(() -> tieUps.tieUps(TieUpQuery.all())).isInstanceOf(AuthorizationDeniedException.class);
    }

    private String key(String investment, String commitment) {
        return fixture.deal(investment) + "-" + fixture.deal(commitment);
    }
}
