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
import com.vaadin.flow.component.html.H2;
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
import org.pactwatch.graph.DealLink;
import org.pactwatch.graph.DealPartyService;
import org.pactwatch.graph.DealTypes;
import org.pactwatch.graph.GraphQuery;
import org.pactwatch.graph.Money;
import org.pactwatch.graph.RelationshipGraphService;
import org.pactwatch.graph.TieUp;
import org.pactwatch.graph.TieUpQuery;
import org.pactwatch.graph.TieUpService;
import org.pactwatch.security.Role;
import org.pactwatch.ui.InputChanges;
import tools.jackson.databind.json.JsonMapper;

/**
 * The company relationship graph with filters, ego network, shortest path and roll-up of subsidiaries. It opens on
 * the most connected companies of the last two years; a company picked in the search box or clicked in the
 * graph is focused: its ego network, with its deals beside the graph. Tie-ups between drawn companies have an edge of
 * their own. {@code graph?loop=1-2-3} highlights a
 * money loop on every company (and rolls up, as loops are found on parents); {@code graph?scope=all} opens on every
 * company.
 */
@Route("graph")
@PageTitle("Graph · Pactwatch")
@Menu(title = "Graph", order = 22, icon = "vaadin:connect")
@RolesAllowed({Role.Names.STRATEGIST, Role.Names.ANALYST})
public class GraphView extends VerticalLayout implements BeforeEnterObserver {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** How many companies the start view shows: a graph whose labels can still be read. */
    static final int MOST_CONNECTED = 50;

    private static final String MOST_CONNECTED_SCOPE =
            "The " + MOST_CONNECTED + " most connected, last " + RelationshipGraphService.RECENT_YEARS + " years";
    private static final String ALL_SCOPE = "All companies";

    private final RelationshipGraphService graphs;
    private final TieUpService tieUps;
    private final List<CompanyRef> parties;
    private final MultiSelectComboBox<String> types = new MultiSelectComboBox<>("Deal types");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final NumberField minBillions = new NumberField("Minimum (USD billions)");
    private final Checkbox rollUp = new Checkbox("Roll subsidiaries into parents");
    private final Select<String> scope = new Select<>();
    private final ComboBox<CompanyRef> ego = new ComboBox<>("Focus on a company");
    private final Select<Integer> depth = new Select<>();
    private final ComboBox<CompanyRef> pathFrom = new ComboBox<>("Shortest path from");
    private final ComboBox<CompanyRef> pathTo = new ComboBox<>("to");
    private final GraphChart chart = new GraphChart();
    private final Grid<CompanyGraph.Edge> table = new Grid<>(CompanyGraph.Edge.class, false);
    private final H2 dealsTitle = new H2();
    private final DealGrid deals = new DealGrid();
    private final VerticalLayout side = new VerticalLayout(dealsTitle, deals);
    private final Span summary = new Span();
    private final Map<Long, String> names = new HashMap<>();
    private List<Long> loop = List.of();
    private CompanyGraph graph = new CompanyGraph(List.of(), List.of(), List.of());
    private boolean loading;

    public GraphView(RelationshipGraphService graphs, TieUpService tieUps, DealPartyService partyService) {
        this.graphs = graphs;
        this.tieUps = tieUps;
        this.parties = partyService.parties();
        types.setItems(DealTypes.ALL);
        types.setItemLabelGenerator(Labels::type);
        types.setId("graph-types");
        minBillions.setMin(0);
        minBillions.setStep(0.5);
        minBillions.setId("graph-min");
        rollUp.setId("graph-rollup");
        scope.setLabel("Companies shown");
        scope.setItems(MOST_CONNECTED_SCOPE, ALL_SCOPE);
        scope.setValue(MOST_CONNECTED_SCOPE);
        scope.setId("graph-scope");
        scope.setWidth("22em");
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
        ego.setPlaceholder("Type a name");
        pathFrom.setId("graph-path-from");
        pathTo.setId("graph-path-to");
        chart.setId("graph-chart");
        chart.setCaption("Company relationship graph: who pays whom");
        summary.setId("graph-summary");
        summary.addClassName("pw-muted");
        configureTable();

        Button png = new Button("PNG", e -> chart.downloadPng("pactwatch-graph.png"));
        png.setId("graph-png");
        Button svg = new Button("SVG", e -> chart.downloadSvg("pactwatch-graph.svg"));
        svg.setId("graph-svg");
        Anchor graphMl = Downloads.link(
                "GraphML", "pactwatch-graph.graphml", "application/graphml+xml", () -> graphs.graphMl(graph));
        graphMl.setId("graph-graphml");
        Anchor json = Downloads.link(
                "JSON", "pactwatch-graph.json", "application/json", () -> JSON.writeValueAsString(graph));
        json.setId("graph-json");
        Anchor csv = Downloads.link("CSV", "pactwatch-graph-edges.csv", "text/csv", this::csv);
        csv.setId("graph-csv");

        HorizontalLayout filters = new HorizontalLayout(scope, types, from, to, minBillions, rollUp);
        HorizontalLayout focus = new HorizontalLayout(ego, depth, pathFrom, pathTo);
        for (HorizontalLayout row : List.of(filters, focus)) {
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
        }
        HorizontalLayout bar = new HorizontalLayout(summary, png, svg, graphMl, json, csv);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        dealsTitle.setId("graph-deals-title");
        deals.setId("graph-deals");
        deals.setHeight("560px");
        side.setPadding(false);
        side.setWidth("38%");
        side.getStyle().set("flex-shrink", "0");
        side.setVisible(false);
        HorizontalLayout drawing = new HorizontalLayout(chart, side);
        drawing.setWidthFull();
        // the chart takes what the deal list leaves
        chart.setWidth("0");
        chart.getStyle().set("min-width", "0");
        drawing.setFlexGrow(1, chart);
        add(new H1("Relationship graph"), filters, focus, drawing, bar, table);

        InputChanges.onAny(this::reload, types, from, to, minBillions, rollUp, scope, depth, pathFrom, pathTo);
        ego.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                pathFrom.clear();
                pathTo.clear();
            }
            reload();
        });
        chart.addNodeClickListener(
                e -> parties.stream().filter(c -> c.id() == e.id()).findFirst().ifPresent(ego::setValue));
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
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        loop = parameters.getOrDefault("loop", List.of()).stream()
                .findFirst()
                .map(k -> Arrays.stream(k.split("-"))
                        .filter(s -> s.matches("\\d+"))
                        .map(Long::parseLong)
                        .toList())
                .orElse(List.of());
        loading = true;
        rollUp.setValue(!loop.isEmpty());
        // a loop may run through companies outside the start view's selection
        boolean all =
                !loop.isEmpty() || parameters.getOrDefault("scope", List.of()).contains("all");
        scope.setValue(all ? ALL_SCOPE : MOST_CONNECTED_SCOPE);
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
                pathTo.getValue() == null ? null : pathTo.getValue().id(),
                ALL_SCOPE.equals(scope.getValue()) ? 0 : MOST_CONNECTED);
        graph = graphs.graph(query);
        names.clear();
        graph.nodes().forEach(n -> names.put(n.id(), n.name()));
        boolean path = query.wantsPath();
        chart.setGraph(graph, tieUpsShown(query), path ? graph.path() : loop, path);
        table.setItems(graph.edges());
        String text = graph.nodes().size() + " companies, " + graph.edges().size() + " edges";
        if (query.wantsMostConnected()) {
            text += graphs.recentSince(query.to())
                    .map(since -> " — the " + MOST_CONNECTED + " most connected since " + since)
                    .orElse("");
        }
        if (path) {
            text += graph.path().isEmpty()
                    ? " — no path between them"
                    : " — path: "
                            + String.join(
                                    " – ", graph.path().stream().map(names::get).toList());
        }
        summary.setText(text);
        showDeals(query);
    }

    /** The tie-ups (default window) within the chosen dates, unless the chosen deal types leave out either leg. */
    private List<TieUp> tieUpsShown(GraphQuery query) {
        if (!query.types().isEmpty()
                && !(query.types().contains(DealTypes.INVESTMENT)
                        && query.types().contains(DealTypes.CLOUD_COMMITMENT))) {
            return List.of();
        }
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            return List.of();
        }
        return tieUps.tieUps(new TieUpQuery(null, query.from(), query.to(), TieUpQuery.DEFAULT_WINDOW_MONTHS));
    }

    /** The focused company's deals beside the graph; hidden while no company is focused. */
    private void showDeals(GraphQuery query) {
        CompanyRef focused = ego.getValue();
        side.setVisible(focused != null);
        if (focused == null) {
            deals.setItems(List.of());
            return;
        }
        List<DealLink> shown = graphs.dealsOf(focused.id(), query);
        dealsTitle.setText("Deals of " + focused.name() + " (" + shown.size() + ")");
        deals.setItems(shown);
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
