package org.pactwatch.ui.strategy;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.pactwatch.graph.CompanyGraph;
import org.pactwatch.graph.TieUp;

/**
 * The relationship graph; {@code highlight} lists node ids of a loop (or path) drawn in red; tie-ups between two
 * drawn companies are drawn as their own (dashed, two-headed) edge.
 */
@Tag("pw-graph-chart")
@JsModule("./charts/pw-graph-chart.js")
public class GraphChart extends EChart {

    public GraphChart() {
        setHeight("640px");
    }

    /** Shows the graph; a loop's edges follow its order, a path's edges may point either way. */
    public void setGraph(CompanyGraph graph, List<TieUp> tieUps, List<Long> highlight, boolean highlightIsPath) {
        show(Map.of(
                "nodes",
                graph.nodes(),
                "edges",
                graph.edges(),
                "tieUps",
                tieUpEdges(graph, tieUps),
                "highlight",
                highlight,
                "undirectedHighlight",
                highlightIsPath));
    }

    /**
     * The tie-ups whose two companies are drawn, one edge per pair of companies (a tranche and its commitment
     * back are one pair each, summed): the investor's node is the group's top parent when drawn, else the
     * company that invested (and likewise for the investee).
     */
    static List<TieUpEdge> tieUpEdges(CompanyGraph graph, List<TieUp> tieUps) {
        Set<Long> drawn = graph.nodes().stream().map(CompanyGraph.Node::id).collect(Collectors.toSet());
        Map<List<Long>, List<TieUp>> byPair = new LinkedHashMap<>();
        for (TieUp tieUp : tieUps) {
            Long investor = drawnOf(
                    drawn,
                    tieUp.investor().id(),
                    tieUp.investment().deal().payer().id());
            Long investee = drawnOf(
                    drawn,
                    tieUp.investee().id(),
                    tieUp.investment().deal().payee().id());
            if (investor != null && investee != null && !investor.equals(investee)) {
                byPair.computeIfAbsent(List.of(investor, investee), k -> new ArrayList<>())
                        .add(tieUp);
            }
        }
        List<TieUpEdge> edges = new ArrayList<>();
        byPair.forEach((pair, pairs) -> {
            // the ratio over the pairs that state both amounts, so that one undisclosed tranche does not hide it
            List<TieUp> disclosed =
                    pairs.stream().filter(t -> t.ratio() != null).toList();
            double disclosedInvested = sum(disclosed, t -> t.investment().deal().usdOrZero());
            edges.add(new TieUpEdge(
                    pair.get(0),
                    pair.get(1),
                    pairs.getFirst().label(),
                    pairs.size(),
                    stated(pairs, TieUp::investment),
                    stated(pairs, TieUp::commitment),
                    TieUpsView.ratio(
                            disclosed.isEmpty()
                                    ? null
                                    : sum(disclosed, t -> t.commitment().deal().usdOrZero()) / disclosedInvested),
                    pairs.stream().map(TieUp::first).min(LocalDate::compareTo).orElseThrow(),
                    pairs.stream().map(TieUp::last).max(LocalDate::compareTo).orElseThrow()));
        });
        return edges;
    }

    private static double sum(List<TieUp> pairs, ToDoubleFunction<TieUp> usd) {
        return pairs.stream().mapToDouble(usd).sum();
    }

    /** The stated USD of one leg summed over the pairs; null when no pair states it. */
    private static Double stated(List<TieUp> pairs, Function<TieUp, TieUp.Leg> leg) {
        List<TieUp> withAmount = pairs.stream()
                .filter(t -> leg.apply(t).deal().amountUsd() != null)
                .toList();
        return withAmount.isEmpty()
                ? null
                : sum(withAmount, t -> leg.apply(t).deal().amountUsd());
    }

    private static Long drawnOf(Set<Long> drawn, long group, long company) {
        return drawn.contains(group) ? Long.valueOf(group) : drawn.contains(company) ? Long.valueOf(company) : null;
    }

    /**
     * A tie-up edge as the chart draws it: node ids, "Amazon ⇄ Anthropic", how many pairs, USD invested and
     * committed back (summed over the pairs that state them; null when none does), the ratio as text and the dates of the first and last deal.
     */
    record TieUpEdge(
            long investor,
            long investee,
            String label,
            int pairs,
            Double investedUsd,
            Double committedUsd,
            String ratio,
            LocalDate first,
            LocalDate last) {}

    /** Calls {@code listener} with the company of each node clicked. */
    public Registration addNodeClickListener(SerializableConsumer<ItemClick> listener) {
        return onEmitted("node-click", ItemClick.class, listener);
    }
}
