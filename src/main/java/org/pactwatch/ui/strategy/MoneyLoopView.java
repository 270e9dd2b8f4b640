package org.pactwatch.ui.strategy;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.pactwatch.graph.CompanyGraph;
import org.pactwatch.graph.DealLink;
import org.pactwatch.graph.Money;
import org.pactwatch.graph.MoneyLoop;
import org.pactwatch.graph.MoneyLoopService;
import org.pactwatch.security.Role;

/** One money loop, addressed by its companies ({@code loops/1-4}): the cycle drawn, each leg and its deals. */
@Route("loops/:key")
@RolesAllowed({Role.Names.STRATEGIST, Role.Names.ANALYST})
public class MoneyLoopView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MoneyLoopService loops;
    private String title = "Circular deal · Pactwatch";

    public MoneyLoopView(MoneyLoopService loops) {
        this.loops = loops;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String key = event.getRouteParameters().get("key").orElse("");
        List<Long> ids = Arrays.stream(key.split("-"))
                .filter(s -> s.matches("\\d+"))
                .map(Long::parseLong)
                .toList();
        Optional<MoneyLoop> found = loops.loop(ids);
        if (found.isEmpty()) {
            H1 missing = new H1("No such money loop");
            missing.setId("loop-title");
            add(
                    missing,
                    new Paragraph("These companies do not form a loop of live deals (any more)."),
                    new Anchor("loops", "All circular deals"));
            return;
        }
        MoneyLoop loop = found.get();
        title = loop.label() + " · Pactwatch";
        H1 heading = new H1(loop.label());
        heading.setId("loop-title");
        UnorderedList legs = new UnorderedList();
        legs.setId("loop-legs");
        for (MoneyLoop.Leg leg : loop.legs()) {
            legs.add(new ListItem(leg.from().name() + " → " + leg.to().name() + ": " + leg.dealCount() + " deal"
                    + (leg.dealCount() == 1 ? "" : "s") + " ("
                    + String.join(", ", leg.types().stream().map(Labels::type).toList()) + "), "
                    + Money.format(leg.usd()) + ", " + leg.first()
                    + (leg.last().equals(leg.first()) ? "" : " – " + leg.last())));
        }
        GraphChart chart = new GraphChart();
        chart.setId("loop-chart");
        chart.setCaption("The loop drawn as a graph");
        chart.setHeight("380px");
        chart.setGraph(
                drawn(loop),
                List.of(),
                loop.companies().stream().map(c -> c.id()).toList(),
                false);
        List<DealLink> deals =
                loop.legs().stream().flatMap(l -> l.deals().stream()).toList();
        DealGrid grid = new DealGrid();
        grid.setItems(deals);
        grid.setId("loop-deals");
        HorizontalLayout links = new HorizontalLayout(
                new Anchor("graph?loop=" + loop.key(), "Show in the graph"),
                Downloads.link("CSV", "pactwatch-loop-" + loop.key() + ".csv", "text/csv", () -> DealGrid.csv(deals)),
                new Anchor("loops", "All circular deals"));
        add(
                heading,
                new Paragraph(Money.format(loop.totalUsd()) + " around the loop, " + loop.first() + " – " + loop.last()
                        + ". Share this page by its address."),
                legs,
                chart,
                links,
                grid);
    }

    /** The loop as a small graph: its companies on a circle, one edge per leg and deal type. */
    private static CompanyGraph drawn(MoneyLoop loop) {
        List<CompanyGraph.Node> nodes = new ArrayList<>();
        int n = loop.companies().size();
        for (int i = 0; i < n; i++) {
            var company = loop.companies().get(i);
            double angle = 2 * Math.PI * i / n - Math.PI / 2;
            double volume = loop.legs().stream()
                    .filter(l -> l.from().id() == company.id() || l.to().id() == company.id())
                    .mapToDouble(MoneyLoop.Leg::usd)
                    .sum();
            nodes.add(new CompanyGraph.Node(
                    company.id(),
                    company.name(),
                    company.kind(),
                    volume,
                    0,
                    500 + 300 * Math.cos(angle),
                    500 + 300 * Math.sin(angle)));
        }
        List<CompanyGraph.Edge> edges = new ArrayList<>();
        for (MoneyLoop.Leg leg : loop.legs()) {
            edges.add(new CompanyGraph.Edge(
                    leg.from().id(),
                    leg.to().id(),
                    leg.types().getFirst(),
                    leg.dealCount(),
                    leg.usd(),
                    leg.first(),
                    leg.last()));
        }
        return new CompanyGraph(nodes, edges, List.of());
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
