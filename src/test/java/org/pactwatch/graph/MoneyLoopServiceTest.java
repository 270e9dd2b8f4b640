package org.pactwatch.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactwatch.StrategyIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(roles = "STRATEGIST")
class MoneyLoopServiceTest extends StrategyIntegrationTest {

    @Autowired
    MoneyLoopService loops;

    @Test
    void findsInvestAndSpendLoopsOfTwoThreeAndFourCompanies() {
        MoneyLoops found = loops.loops(0);

        assertThat(found.truncated()).isFalse();
        assertThat(found.loops())
                .extracting(MoneyLoop::label)
                .containsExactlyInAnyOrder(
                        "Amazon → OpenAI → Amazon",
                        "Amazon → Anthropic → Amazon",
                        "OpenAI → Microsoft → OpenAI",
                        "Anthropic → Microsoft → Anthropic",
                        "Anthropic → Alphabet → Anthropic",
                        "OpenAI → CoreWeave → Nvidia → OpenAI",
                        "Amazon → OpenAI → Microsoft → Anthropic → Amazon",
                        "Amazon → Anthropic → Microsoft → OpenAI → Amazon")
                .as("the rejected OpenAI → Nvidia supply deal makes no loop")
                .doesNotContain("OpenAI → Nvidia → OpenAI");
        assertThat(found.loops().getFirst().totalUsd())
                .as("largest first")
                .isGreaterThanOrEqualTo(found.loops().getLast().totalUsd());

        MoneyLoop amazonAnthropic = found.loops().stream()
                .filter(l -> l.label().equals("Amazon → Anthropic → Amazon"))
                .findFirst()
                .orElseThrow();
        assertThat(amazonAnthropic.legs().get(0).usd()).isEqualTo(33e9);
        assertThat(amazonAnthropic.legs().get(1).types()).containsExactly(DealTypes.CLOUD_COMMITMENT);
        assertThat(amazonAnthropic.legs().get(1).dealCount()).isEqualTo(2);
    }

    @Test
    void oneLoopByItsCompaniesInAnyRotationWithItsDeals() {
        long openAi = fixture.company("OpenAI");
        long coreWeave = fixture.company("CoreWeave");
        long nvidia = fixture.company("Nvidia");

        MoneyLoop loop = loops.loop(List.of(nvidia, openAi, coreWeave)).orElseThrow();

        assertThat(loop.key())
                .isEqualTo(loop.companies().stream()
                        .map(c -> String.valueOf(c.id()))
                        .reduce((a, b) -> a + "-" + b)
                        .orElseThrow());
        assertThat(loop.legs()).hasSize(3);
        assertThat(loop.legs())
                .flatExtracting(MoneyLoop.Leg::deals)
                .extracting(DealLink::id)
                .containsExactlyInAnyOrder(
                        fixture.deal("nvidia-openai-2025"),
                        fixture.deal("openai-coreweave-2025"),
                        fixture.deal("coreweave-nvidia-2025"));
        assertThat(loops.loop(List.of(openAi, nvidia)))
                .as("rejected deals close no loop")
                .isEmpty();
        assertThat(loops.loop(List.of(nvidia, coreWeave, openAi)))
                .as("wrong direction")
                .isEmpty();
    }
}
