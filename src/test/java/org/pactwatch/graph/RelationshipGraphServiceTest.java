package org.pactwatch.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pactwatch.StrategyIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(roles = "STRATEGIST")
class RelationshipGraphServiceTest extends StrategyIntegrationTest {

    @Autowired
    RelationshipGraphService graphs;

    @Test
    void wholeGraphHasEveryPartyAndDirectedEdgesPerType() {
        CompanyGraph graph = graphs.graph(GraphQuery.everything());

        assertThat(graph.nodes())
                .extracting(CompanyGraph.Node::name)
                .containsExactlyInAnyOrder(
                        "Amazon",
                        "Amazon Web Services",
                        "OpenAI",
                        "Anthropic",
                        "Microsoft",
                        "Microsoft Azure",
                        "Google",
                        "Google Cloud",
                        "Nvidia",
                        "CoreWeave");
        assertThat(graph.edges()).hasSize(13);
        CompanyGraph.Edge amazonToAnthropic = graph.edges().stream()
                .filter(e -> e.source() == fixture.company("Amazon") && e.target() == fixture.company("Anthropic"))
                .findFirst()
                .orElseThrow();
        assertThat(amazonToAnthropic.deals()).isEqualTo(3);
        assertThat(amazonToAnthropic.usd()).isEqualTo(33e9);
        assertThat(amazonToAnthropic.first()).isEqualTo(LocalDate.parse("2023-09-25"));
        assertThat(graph.nodes()).allSatisfy(n -> assertThat(n.x()).isBetween(0.0, 1000.0));
    }

    @Test
    void rollUpDrawsSubsidiariesAsTheirTopParent() {
        CompanyGraph graph = graphs.graph(GraphQuery.everything().withRollUp(true));

        assertThat(graph.nodes())
                .extracting(CompanyGraph.Node::name)
                .containsExactlyInAnyOrder(
                        "Amazon", "OpenAI", "Anthropic", "Microsoft", "Alphabet", "Nvidia", "CoreWeave");
        CompanyGraph.Node amazon = graph.nodes().stream()
                .filter(n -> n.name().equals("Amazon"))
                .findFirst()
                .orElseThrow();
        assertThat(amazon.volumeUsd()).isEqualTo(50e9 + 100e9 + 33e9 + 100e9);
    }

    @Test
    void filtersByTypeDateAndMinimumAmount() {
        CompanyGraph graph = graphs.graph(new GraphQuery(
                Set.of(DealTypes.INVESTMENT),
                LocalDate.parse("2025-01-01"),
                null,
                20e9,
                false,
                null,
                1,
                null,
                null,
                0));

        assertThat(graph.edges()).extracting(e -> e.usd()).containsExactlyInAnyOrder(50e9, 25e9, 100e9);
    }

    @Test
    void theStartViewKeepsTheMostConnectedCompaniesOfTheTwoYearsUpToTheNewestDeal() {
        assertThat(graphs.recentSince(null)).contains(LocalDate.parse("2024-04-14"));
        CompanyGraph recent = graphs.graph(GraphQuery.everything().withMostConnected(50));
        assertThat(recent.edges())
                .hasSize(11)
                .allSatisfy(e -> assertThat(e.last()).isAfterOrEqualTo(LocalDate.parse("2024-04-14")));
        assertThat(recent.nodes()).extracting(CompanyGraph.Node::name).doesNotContain("Google");

        // Anthropic and OpenAI deal with five companies each; of the five with two, Microsoft Azure has the most
        // volume ($280 billion)
        CompanyGraph top = graphs.graph(GraphQuery.everything().withMostConnected(3));
        assertThat(top.nodes())
                .extracting(CompanyGraph.Node::name)
                .containsExactlyInAnyOrder("Anthropic", "OpenAI", "Microsoft Azure");
        assertThat(top.edges()).hasSize(2);

        assertThat(graphs.graph(GraphQuery.everything().withMostConnected(3).withEgo(fixture.company("Google"), 1))
                        .nodes())
                .as("an ego network is not narrowed")
                .extracting(CompanyGraph.Node::name)
                .containsExactlyInAnyOrder("Google", "Anthropic");
    }

    @Test
    void aCompanysDealsFollowTheFiltersAndTheRollUp() {
        assertThat(graphs.dealsOf(fixture.company("Nvidia"), GraphQuery.everything()))
                .extracting(d -> d.payer().name() + " -> " + d.payee().name())
                .containsExactlyInAnyOrder("Nvidia -> OpenAI", "CoreWeave -> Nvidia");
        assertThat(graphs.dealsOf(
                        fixture.company("Alphabet"), GraphQuery.everything().withRollUp(true)))
                .extracting(d -> d.payer().name() + " -> " + d.payee().name())
                .containsExactlyInAnyOrder("Google -> Anthropic", "Anthropic -> Google Cloud");
        assertThat(graphs.dealsOf(
                        fixture.company("Anthropic"),
                        new GraphQuery(Set.of(DealTypes.INVESTMENT), null, null, 5e9, false, null, 1, null, null, 0)))
                .as("investments of at least $5 billion")
                .extracting(DealLink::amountUsd)
                .containsExactlyInAnyOrder(25e9, 5e9);
    }

    @Test
    void egoNetworkAndShortestPath() {
        GraphQuery rolledUp = GraphQuery.everything().withRollUp(true);
        CompanyGraph ego = graphs.graph(rolledUp.withEgo(fixture.company("Nvidia"), 1));
        assertThat(ego.nodes())
                .extracting(CompanyGraph.Node::name)
                .containsExactlyInAnyOrder("Nvidia", "OpenAI", "CoreWeave");

        CompanyGraph wider = graphs.graph(rolledUp.withEgo(fixture.company("Nvidia"), 2));
        assertThat(wider.nodes())
                .extracting(CompanyGraph.Node::name)
                .containsExactlyInAnyOrder("Nvidia", "OpenAI", "CoreWeave", "Amazon", "Microsoft");

        CompanyGraph path =
                graphs.graph(rolledUp.withPath(fixture.company("Google Cloud"), fixture.company("CoreWeave")));
        assertThat(path.path()).hasSize(5);
        assertThat(path.path().getFirst()).isEqualTo(fixture.company("Alphabet"));
        assertThat(path.path().getLast()).isEqualTo(fixture.company("CoreWeave"));
        assertThat(path.edges()).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void aCommittedChangeShowsInTheNextAnswer() {
        long deal = fixture.deal("amazon-openai-2026");
        String state = jdbc.sql("select review_state from deal where id = :id")
                .param("id", deal)
                .query(String.class)
                .single();
        assertThat(investments(graphs.graph(GraphQuery.everything()), "Amazon", "OpenAI"))
                .isEqualTo(1);
        try {
            jdbc.sql("update deal set review_state = 'REJECTED' where id = :id")
                    .param("id", deal)
                    .update();

            assertThat(investments(graphs.graph(GraphQuery.everything()), "Amazon", "OpenAI"))
                    .as("the rejected deal is gone, not served from an earlier answer")
                    .isZero();
        } finally {
            jdbc.sql("update deal set review_state = :state where id = :id")
                    .param("state", state)
                    .param("id", deal)
                    .update();
        }
        assertThat(investments(graphs.graph(GraphQuery.everything()), "Amazon", "OpenAI"))
                .isEqualTo(1);
    }

    private long investments(CompanyGraph graph, String payer, String payee) {
        return graph.edges().stream()
                .filter(e -> e.source() == fixture.company(payer) && e.target() == fixture.company(payee))
                .filter(e -> e.type().equals(DealTypes.INVESTMENT))
                .mapToInt(CompanyGraph.Edge::deals)
                .sum();
    }

    @Test
    void graphMlHasEveryNodeAndEdge() {
        CompanyGraph graph = graphs.graph(GraphQuery.everything().withRollUp(true));
        String xml = graphs.graphMl(graph);

        assertThat(xml).startsWith("<?xml").contains("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"");
        assertThat(xml.split("<node ", -1)).hasSize(graph.nodes().size() + 1);
        assertThat(xml.split("<edge ", -1)).hasSize(graph.edges().size() + 1);
        assertThat(xml).contains("<data key=\"name\">Alphabet</data>");
    }
}
