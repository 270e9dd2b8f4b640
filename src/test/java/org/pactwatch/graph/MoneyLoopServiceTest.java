package org.pactwatch.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
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
                .extracting(l -> rotationFree(l.label()))
                .containsExactlyInAnyOrder(Stream.of(
                                "Amazon → OpenAI → Amazon",
                                "Amazon → Anthropic → Amazon",
                                "OpenAI → Microsoft → OpenAI",
                                "Anthropic → Microsoft → Anthropic",
                                "Anthropic → Alphabet → Anthropic",
                                "OpenAI → CoreWeave → Nvidia → OpenAI",
                                "Amazon → OpenAI → Microsoft → Anthropic → Amazon",
                                "Amazon → Anthropic → Microsoft → OpenAI → Amazon")
                        .map(MoneyLoopServiceTest::rotationFree)
                        .toArray(String[]::new))
                .as("the rejected OpenAI → Nvidia supply deal makes no loop")
                .doesNotContain(rotationFree("OpenAI → Nvidia → OpenAI"));
        assertThat(found.loops().getFirst().totalUsd())
                .as("largest first")
                .isGreaterThanOrEqualTo(found.loops().getLast().totalUsd());

        MoneyLoop amazonAnthropic = found.loops().stream()
                .filter(l -> rotationFree(l.label()).equals(rotationFree("Amazon → Anthropic → Amazon")))
                .findFirst()
                .orElseThrow();
        MoneyLoop.Leg investment = leg(amazonAnthropic, "Amazon");
        assertThat(investment.usd()).isEqualTo(33e9);
        assertThat(investment.types()).containsExactly(DealTypes.INVESTMENT);
        MoneyLoop.Leg cloud = leg(amazonAnthropic, "Anthropic");
        assertThat(cloud.types()).containsExactly(DealTypes.CLOUD_COMMITMENT);
        assertThat(cloud.dealCount()).isEqualTo(2);
    }

    /** Loops start at their smallest company id; compare them from their alphabetically first company. */
    static String rotationFree(String label) {
        List<String> names = List.of(label.split(" → "));
        List<String> cycle = names.subList(0, names.size() - 1);
        int start = cycle.indexOf(cycle.stream().min(String::compareTo).orElseThrow());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i <= cycle.size(); i++) {
            text.append(i == 0 ? "" : " → ").append(cycle.get((start + i) % cycle.size()));
        }
        return text.toString();
    }

    private static MoneyLoop.Leg leg(MoneyLoop loop, String from) {
        return loop.legs().stream()
                .filter(l -> l.from().name().equals(from))
                .findFirst()
                .orElseThrow();
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
