package org.pactwatch.ui.strategy;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.pactwatch.graph.Money;
import org.pactwatch.graph.MoneyLoop;
import org.pactwatch.graph.MoneyLoopService;
import org.pactwatch.graph.MoneyLoops;
import org.pactwatch.security.Role;

/** Circular deals: money that goes out as an investment and comes back as cloud or chip spending. */
@Route("loops")
@PageTitle("Circular deals · Pactwatch")
@Menu(title = "Circular deals", order = 23, icon = "vaadin:refresh")
@RolesAllowed({Role.Names.STRATEGIST, Role.Names.ANALYST})
public class CircularDealsView extends VerticalLayout {

    public CircularDealsView(MoneyLoopService loopService) {
        MoneyLoops found = loopService.loops(0);
        Grid<MoneyLoop> grid = new Grid<>(MoneyLoop.class, false);
        grid.addComponentColumn(
                        l -> new RouterLink(l.label(), MoneyLoopView.class, new RouteParameters("key", l.key())))
                .setHeader("Loop")
                .setFlexGrow(3);
        grid.addColumn(CircularDealsView::legs).setHeader("Legs").setFlexGrow(4);
        grid.addColumn(l -> Money.format(l.totalUsd()))
                .setHeader("USD around the loop")
                .setComparator(MoneyLoop::totalUsd);
        grid.addColumn(MoneyLoop::first).setHeader("First deal").setAutoWidth(true);
        grid.addColumn(MoneyLoop::last).setHeader("Last deal").setAutoWidth(true);
        grid.addComponentColumn(l -> new Anchor("graph?loop=" + l.key(), "In the graph"))
                .setHeader("Graph")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(found.loops());
        grid.setAllRowsVisible(true);
        grid.setId("loops-table");

        Span count =
                new Span(found.loops().size() + " loops" + (found.truncated() ? " (search stopped at its cap)" : ""));
        count.setId("loops-count");
        count.addClassName("pw-muted");
        Anchor csv = Downloads.link("CSV", "pactwatch-loops.csv", "text/csv", () -> csv(found.loops()));
        csv.setId("loops-csv");
        HorizontalLayout bar = new HorizontalLayout(count, csv);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(
                new H1("Circular deals"),
                new Paragraph("A invests in B while B commits to spend on A's cloud or chips — and longer"
                        + " cycles of up to " + MoneyLoopService.MAX_LENGTH + " companies. Subsidiaries count as"
                        + " their parent (AWS as Amazon). Each loop has a page to share."),
                bar,
                grid);
    }

    static String legs(MoneyLoop loop) {
        return loop.legs().stream()
                .map(l -> l.from().name() + " → " + l.to().name() + ": "
                        + l.types().stream().map(Labels::type).collect(Collectors.joining(", ")) + " "
                        + Money.format(l.usd()))
                .collect(Collectors.joining("; "));
    }

    private static String csv(List<MoneyLoop> loops) {
        return Csv.of(
                List.of("loop", "company_ids", "legs", "usd", "first_deal", "last_deal"),
                loops.stream()
                        .map(l -> List.<Object>of(
                                l.label(),
                                l.key(),
                                legs(l),
                                l.totalUsd(),
                                l.first() == null ? "" : l.first().toString(),
                                l.last() == null ? "" : l.last().toString()))
                        .toList());
    }
}
