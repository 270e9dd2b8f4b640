package org.pactwatch.ui.strategy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pactwatch.graph.CompanyGraph;
import org.pactwatch.graph.CompanyRef;
import org.pactwatch.graph.DealPartyService;
import org.pactwatch.graph.DealTypes;
import org.pactwatch.graph.GraphQuery;
import org.pactwatch.graph.Money;
import org.pactwatch.graph.RelationshipGraphService;
import org.pactwatch.security.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * The company relationship graph with filters, ego network, shortest path and roll-up of subsidiaries.
 * {@code graph?loop=1-2-3} highlights a money loop (and rolls up, as loops are found on parents).
 */
@Route("graph")
@PageTitle("Graph · Pactwatch")
@Menu(title = "Graph", order = 22, icon = "vaadin:connect")
@RolesAllowed({Role.Names.STRATEGIST, Role.Names.ANALYST})
public class GraphView extends VerticalLayout implements BeforeEnterObserver {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RelationshipGraphService graphs;
    private final List<CompanyRef> parties;
    private final MultiSelectComboBox<String> types = new MultiSelectComboBox<>("Deal types");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final NumberField minBillions = new NumberField("Minimum (USD billions)");
    private final Checkbox rollUp = new Checkbox("Roll subsidiaries into parents");
    private final ComboBox<CompanyRef> ego = new ComboBox<>("Ego network of");
    private final Select<Integer> depth = new Select<>();
    private final ComboBox<CompanyRef> pathFrom = new ComboBox<>("Shortest path from");
    private final ComboBox<CompanyRef> pathTo = new ComboBox<>("to");
    private final GraphChart chart = new GraphChart();
    private final Grid<CompanyGraph.Edge> table = new Grid<>(CompanyGraph.Edge.class, false);
    private final Span summary = new Span();
    private final Map<Long, String> names = new HashMap<>();
    private List<Long> loop = List.of();
    private CompanyGraph graph = new CompanyGraph(List.of(), List.of(), List.of());
    private boolean loading;

    public GraphView(RelationshipGraphService graphs, DealPartyService partyService) {
        this.graphs = graphs;
        this.parties = partyService.parties();
        types.setItems(DealTypes.ALL);
        types.setItemLabelGenerator(Labels::type);
        types.setId("graph-types");
        minBillions.setMin(0);
        minBillions.setStep(0.5);
        minBillions.setId("graph-min");
        rollUp.setId("graph-rollup");
        depth.setLabel("Depth");
        depth.setItems(1, 2, 3);
        depth.setValue(1);
        depth.setId("graph-depth");
        for (ComboBox<CompanyRef> box : List.of(ego, pathFrom, pathTo)) {
            box.setItems(parties);
            box.setItemLabelGenerator(CompanyRef::name);
            box.setClearButtonVisible(true);
        }
        ego.setId("graph-ego");
        pathFrom.setId("graph-path-from");
        pathTo.setId("graph-path-to");
        chart.setId("graph-chart");
        chart.setCaption("Company relationship graph: who pays whom");
        summary.setId("graph-summary");
        summary.addClassName("pw-muted");
        configureTable();

        Button png = new Button("PNG", e -> chart.downloadPng("pactwatch-graph.png"));
        png.setId("graph-png");
        Anchor graphMl = Downloads.link(
                "GraphML", "pactwatch-graph.graphml", "application/graphml+xml", () -> graphs.graphMl(graph));
        graphMl.setId("graph-graphml");
        Anchor json = Downloads.link(
                "JSON", "pactwatch-graph.json", "application/json", () -> JSON.writeValueAsString(graph));
        json.setId("graph-json");
        Anchor csv = Downloads.link("CSV", "pactwatch-graph-edges.csv", "text/csv", this::csv);
        csv.setId("graph-csv");

        HorizontalLayout filters = new HorizontalLayout(types, from, to, minBillions, rollUp);
        HorizontalLayout focus = new HorizontalLayout(ego, depth, pathFrom, pathTo);
        for (HorizontalLayout row : List.of(filters, focus)) {
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
        }
        HorizontalLayout bar = new HorizontalLayout(summary, png, graphMl, json, csv);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1("Relationship graph"), filters, focus, chart, bar, table);

        types.addValueChangeListener(e -> reload());
        from.addValueChangeListener(e -> reload());
        to.addValueChangeListener(e -> reload());
        minBillions.addValueChangeListener(e -> reload());
        rollUp.addValueChangeListener(e -> reload());
        depth.addValueChangeListener(e -> reload());
        ego.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                pathFrom.clear();
                pathTo.clear();
            }
            reload();
        });
        pathFrom.addValueChangeListener(e -> reload());
        pathTo.addValueChangeListener(e -> reload());
        chart.addNodeClickListener(e -> parties.stream()
                .filter(c -> c.id() == e.companyId())
                .findFirst()
                .ifPresent(ego::setValue));
    }

    private void configureTable() {
        table.addColumn(e -> names.get(e.source()))
                .setHeader("Payer / investor")
                .setSortable(true);
        table.addColumn(e -> names.get(e.target())).setHeader("Payee").setSortable(true);
        table.addColumn(e -> Labels.type(e.type())).setHeader("Type").setSortable(true);
        table.addColumn(CompanyGraph.Edge::deals).setHeader("Deals").setSortable(true);
        table.addColumn(e -> Money.format(e.usd()))
                .setHeader("USD")
                .setComparator(CompanyGraph.Edge::usd)
                .setSortable(true);
        table.addColumn(CompanyGraph.Edge::first).setHeader("First").setSortable(true);
        table.addColumn(CompanyGraph.Edge::last).setHeader("Last").setSortable(true);
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.setHeight("320px");
        table.setId("graph-table");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        loop = event.getLocation().getQueryParameters().getParameters().getOrDefault("loop", List.of()).stream()
                .findFirst()
                .map(k -> Arrays.stream(k.split("-"))
                        .filter(s -> s.matches("\\d+"))
                        .map(Long::parseLong)
                        .toList())
                .orElse(List.of());
        loading = true;
        rollUp.setValue(!loop.isEmpty());
        loading = false;
        reload();
    }

    private void reload() {
        if (loading) {
            return;
        }
        double min = minBillions.getValue() == null ? 0 : minBillions.getValue() * 1e9;
        GraphQuery query = new GraphQuery(
                Set.copyOf(types.getValue()),
                from.getValue(),
                to.getValue(),
                min,
                rollUp.getValue(),
                ego.getValue() == null ? null : ego.getValue().id(),
                depth.getValue() == null ? 1 : depth.getValue(),
                pathFrom.getValue() == null ? null : pathFrom.getValue().id(),
                pathTo.getValue() == null ? null : pathTo.getValue().id());
        graph = graphs.graph(query);
        names.clear();
        graph.nodes().forEach(n -> names.put(n.id(), n.name()));
        boolean path = query.wantsPath();
        chart.setGraph(graph, path ? graph.path() : loop, path);
        table.setItems(graph.edges());
        String text = graph.nodes().size() + " companies, " + graph.edges().size() + " edges";
        if (path) {
            text += graph.path().isEmpty()
                    ? " — no path between them"
                    : " — path: "
                            + String.join(
                                    " – ", graph.path().stream().map(names::get).toList());
        }
        summary.setText(text);
    }

    private String csv() {
        return Csv.of(
                List.of("payer", "payee", "type", "deals", "usd", "first_date", "last_date"),
                graph.edges().stream()
                        .map(e -> List.<Object>of(
                                names.get(e.source()),
                                names.get(e.target()),
                                e.type(),
                                e.deals(),
                                e.usd(),
                                e.first() == null ? "" : e.first().toString(),
                                e.last() == null ? "" : e.last().toString()))
                        .toList());
    }
}
