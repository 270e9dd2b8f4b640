package org.pactwatch.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactwatch.StrategyIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(roles = "STRATEGIST")
class TimelineServiceTest extends StrategyIntegrationTest {

    @Autowired
    TimelineService timelines;

    @Test
    void theAmazonStoryShowsBothRelationshipsWithSubsidiariesOnTheParentsLane() {
        Timeline timeline = timelines.timeline(new TimelineQuery(
                List.of(fixture.company("Amazon"), fixture.company("OpenAI"), fixture.company("Anthropic")),
                true,
                true,
                null,
                null));

        assertThat(timeline.deals())
                .extracting(DealLink::id)
                .containsExactly(
                        fixture.deal("amazon-anthropic-2023"),
                        fixture.deal("anthropic-aws-2023"),
                        fixture.deal("amazon-anthropic-2024"),
                        fixture.deal("amazon-openai-2026"),
                        fixture.deal("openai-aws-2026"),
                        fixture.deal("amazon-anthropic-2026"),
                        fixture.deal("anthropic-aws-2026"));
        assertThat(timeline.entries())
                .extracting(Timeline.Entry::lane)
                .containsOnly("Amazon → Anthropic", "Anthropic → Amazon", "Amazon → OpenAI", "OpenAI → Amazon");
        assertThat(timeline.lanes())
                .containsExactly("Amazon → Anthropic", "Anthropic → Amazon", "Amazon → OpenAI", "OpenAI → Amazon");
        assertThat(timeline.invested().getLast().totalUsd()).isEqualTo(83e9);
        assertThat(timeline.invested().getLast().date()).isEqualTo(LocalDate.parse("2026-04-14"));
        assertThat(timeline.committed()).extracting(Timeline.Point::totalUsd).containsExactly(0.0, 100e9, 200e9);
    }

    @Test
    void aPairWithoutSubsidiariesLeavesOutTheCloudUnitsDeals() {
        Timeline timeline = timelines.timeline(new TimelineQuery(
                List.of(fixture.company("Amazon"), fixture.company("Anthropic")), true, false, null, null));

        assertThat(timeline.deals()).extracting(DealLink::type).containsOnly(DealTypes.INVESTMENT);
        assertThat(timeline.deals()).hasSize(3);
        assertThat(timeline.committed()).isEmpty();
    }

    @Test
    void allDealsOfOneCompanyWithinDatesAndNeverRejectedOrMergedOnes() {
        Timeline timeline = timelines.timeline(new TimelineQuery(
                List.of(fixture.company("OpenAI")), false, true, LocalDate.parse("2025-01-01"), null));

        assertThat(timeline.deals())
                .extracting(DealLink::id)
                .containsExactlyInAnyOrder(
                        fixture.deal("nvidia-openai-2025"),
                        fixture.deal("openai-coreweave-2025"),
                        fixture.deal("openai-azure-2025"),
                        fixture.deal("amazon-openai-2026"),
                        fixture.deal("openai-aws-2026"))
                .doesNotContain(fixture.deal("rejected-openai-nvidia"), fixture.deal("duplicate-amazon-openai"));
        assertThat(timeline.entries())
                .filteredOn(e -> e.deal().id() == fixture.deal("openai-aws-2026"))
                .extracting(Timeline.Entry::lane)
                .containsExactly("OpenAI → Amazon Web Services");
    }
}
