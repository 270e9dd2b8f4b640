package org.pactwatch.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pactwatch.company.CompanyService;
import org.pactwatch.company.CompanySummary;
import org.pactwatch.deal.DealFilter;
import org.pactwatch.deal.DealQueries;
import org.pactwatch.deal.DealSort;
import org.pactwatch.deal.DealSummary;
import org.pactwatch.deal.ReportedAmount;
import org.pactwatch.deal.ReviewState;
import org.pactwatch.extraction.ExtractedDeal.DealStatus;
import org.pactwatch.extraction.ExtractedDeal.DealType;
import org.pactwatch.security.Role;
import org.pactwatch.ui.internal.DealCsv;

/**
 * All deals in a lazy grid: pages are fetched from {@link DealQueries} as the user scrolls, filtered and sorted in
 * the database. The URL holds the filter and the sort (so the dashboard's tiles link to the deals they count); the CSV
 * download exports exactly the current filter and sort.
 */
@Route("deals")
@PageTitle("Deals · Pactwatch")
@Menu(title = "Deals", order = 20, icon = "vaadin:handshake")
@RolesAllowed({Role.Names.ANALYST, Role.Names.STRATEGIST, Role.Names.REGULATOR})
public class DealsView extends VerticalLayout implements BeforeEnterObserver {

    private final DealQueries deals;
    private final CompanyService companies;
    private final DealCsv csv;

    private final ComboBox<CompanySummary> company = new ComboBox<>("Company (with subsidiaries)");
    private final MultiSelectComboBox<DealType> types = new MultiSelectComboBox<>("Type");
    private final MultiSelectComboBox<DealStatus> statuses = new MultiSelectComboBox<>("Status");
    private final MultiSelectComboBox<ReviewState> reviewStates = new MultiSelectComboBox<>("Review");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final NumberField minUsdMillions = new NumberField("Min USD (millions)");
    private final Grid<DealSummary> grid = new Grid<>(DealSummary.class, false);
    private final Span total = new Span();

    private DealFilter filter = DealFilter.all();
    /** The total for {@link #filter}, counted once per filter rather than on every data-provider reset. */
    private Long filterTotal;

    private boolean filling;

    public DealsView(DealQueries deals, CompanyService companies, DealCsv csv) {
        this.deals = deals;
        this.companies = companies;
        this.csv = csv;
        setSizeFull();

        company.setId("deals-company");
        company.setItemLabelGenerator(CompanySummary::name);
        CompanyPicker.searchAll(company, companies);
        company.setClearButtonVisible(true);
        types.setId("deals-types");
        types.setItems(DealType.values());
        statuses.setId("deals-statuses");
        statuses.setItems(DealStatus.values());
        reviewStates.setId("deals-review");
        reviewStates.setItems(ReviewState.values());
        reviewStates.setPlaceholder("all but rejected");
        from.setId("deals-from");
        to.setId("deals-to");
        minUsdMillions.setId("deals-min-usd");
        minUsdMillions.setMin(0);
        InputChanges.onAny(this::filterChanged, company, types, statuses, reviewStates, from, to, minUsdMillions);

        Button clear = new Button("Clear filters", e -> UI.getCurrent().navigate(DealsView.class));
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> csv.download(filter, currentSort())), "Download CSV");
        download.setId("deals-csv");
        download.getElement().setAttribute("download", true);

        FlexLayout filters =
                new FlexLayout(company, types, statuses, reviewStates, from, to, minUsdMillions, clear, download);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-s)");

        configureGrid();
        total.setId("deals-total");
        total.addClassName("pw-muted");
        add(new H1("Deals"), filters, total, grid);
        expand(grid);
    }

    private void configureGrid() {
        grid.setId("deals-grid");
        grid.setPageSize(50);
        grid.addColumn(d -> nameOr(d.payerName()))
                .setHeader("Payer")
                .setKey("PAYER")
                .setSortProperty("PAYER");
        grid.addColumn(d -> nameOr(d.payeeName()))
                .setHeader("Payee")
                .setKey("PAYEE")
                .setSortProperty("PAYEE");
        grid.addColumn(DealSummary::type).setHeader("Type").setKey("TYPE").setSortProperty("TYPE");
        grid.addColumn(DealsView::amount).setHeader("Amount");
        grid.addColumn(d -> Format.usd(d.amountUsd()))
                .setHeader("USD")
                .setKey("AMOUNT_USD")
                .setSortProperty("AMOUNT_USD");
        grid.addColumn(d -> d.termMonths() == null ? "" : d.termMonths() + " mo")
                .setHeader("Term");
        grid.addColumn(DealsView::date).setHeader("Date").setKey("DATE").setSortProperty("DATE");
        grid.addColumn(DealSummary::status).setHeader("Status").setKey("STATUS").setSortProperty("STATUS");
        grid.addColumn(d -> Format.percent(d.confidence()))
                .setHeader("Confidence")
                .setKey("CONFIDENCE")
                .setSortProperty("CONFIDENCE");
        grid.addColumn(DealSummary::sourceCount).setHeader("Sources");
        grid.addColumn(DealSummary::reviewState)
                .setHeader("Review")
                .setKey("REVIEW_STATE")
                .setSortProperty("REVIEW_STATE");
        grid.getColumns().forEach(c -> c.setResizable(true).setAutoWidth(true));
        grid.setMultiSort(false);
        grid.setItems(
                query ->
                        deals.page(filter, sortOf(query.getSortOrders()), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, countAndShow()));
        RowActivation.onActivate(grid, d -> RouteId.open(DealDetailView.class, d.id()));
        grid.addSortListener(e -> showFilterInUrl());
    }

    private long countAndShow() {
        if (filterTotal == null) {
            filterTotal = deals.count(filter);
            total.setText("%,d deals".formatted(filterTotal));
        }
        return filterTotal;
    }

    private static String nameOr(String name) {
        return name == null ? "—" : name;
    }

    /** The deal's date, and the span of its sources' dates when they disagree. */
    static String date(DealSummary d) {
        String date = Format.date(d.date());
        return d.datesConflict()
                ? "%s (sources disagree: %s to %s)"
                        .formatted(date, Format.date(d.firstSourceDate()), Format.date(d.lastSourceDate()))
                : date;
    }

    /** The deal's amount, and every figure its sources state when they state more than one. */
    static String amount(DealSummary d) {
        if (d.amountsConflict()) {
            return "%s (sources disagree: %s)".formatted(stated(d), ReportedAmount.spread(d.reportedAmounts()));
        }
        return stated(d);
    }

    private static String stated(DealSummary d) {
        if (d.amountText() != null) {
            return d.amountText() + (d.qualifier() == null ? "" : " (" + d.qualifier() + ")");
        }
        return d.amountValue() == null ? "" : d.currency() + " " + Format.compact(d.amountValue());
    }

    private DealSort currentSort() {
        return sortOf(grid.getSortOrder().stream()
                .map(o -> new com.vaadin.flow.data.provider.QuerySortOrder(
                        o.getSorted().getKey(), o.getDirection()))
                .toList());
    }

    private static DealSort sortOf(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        if (orders == null || orders.isEmpty()) {
            return DealSort.newestFirst();
        }
        var order = orders.getFirst();
        return new DealSort(DealSort.Field.valueOf(order.getSorted()), order.getDirection() == SortDirection.ASCENDING);
    }

    private void filterChanged() {
        if (filling) {
            return;
        }
        filter = new DealFilter(
                company.getValue() == null ? null : company.getValue().id(),
                types.getValue(),
                statuses.getValue(),
                reviewStates.getValue(),
                from.getValue(),
                to.getValue(),
                minUsdMillions.getValue() == null
                        ? null
                        : BigDecimal.valueOf(minUsdMillions.getValue()).multiply(BigDecimal.valueOf(1_000_000)),
                null);
        filterTotal = null;
        grid.getDataProvider().refreshAll();
        showFilterInUrl();
    }

    private void showFilterInUrl() {
        UI.getCurrent().getPage().getHistory().replaceState(null, "deals?" + queryString());
    }

    private String queryString() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (filter.companyId() != null) {
            parameters.put("company", List.of(filter.companyId().toString()));
        }
        putAll(parameters, "type", filter.types());
        putAll(parameters, "status", filter.statuses());
        putAll(parameters, "review", filter.reviewStates());
        if (filter.from() != null) {
            parameters.put("from", List.of(filter.from().toString()));
        }
        if (filter.to() != null) {
            parameters.put("to", List.of(filter.to().toString()));
        }
        if (minUsdMillions.getValue() != null) {
            parameters.put("minUsdMillions", List.of(String.valueOf(minUsdMillions.getValue())));
        }
        DealSort sort = currentSort();
        if (!sort.equals(DealSort.newestFirst())) {
            parameters.put("sort", List.of(sort.field().name()));
            parameters.put("order", List.of(sort.ascending() ? "asc" : "desc"));
        }
        return new QueryParameters(parameters).getQueryString();
    }

    private static void putAll(Map<String, List<String>> parameters, String name, Set<? extends Enum<?>> values) {
        if (values != null && !values.isEmpty()) {
            parameters.put(name, values.stream().map(Enum::name).sorted().toList());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> p = event.getLocation().getQueryParameters().getParameters();
        filling = true;
        try {
            Long companyId = longParameter(p, "company");
            company.setValue(
                    companyId == null
                            ? null
                            : companies
                                    .profile(companyId)
                                    .map(c -> new CompanySummary(
                                            c.id(), c.name(), c.kind(), c.verified(), null, c.ticker()))
                                    .orElse(null));
            types.setValue(enums(DealType.class, p.get("type")));
            statuses.setValue(enums(DealStatus.class, p.get("status")));
            reviewStates.setValue(enums(ReviewState.class, p.get("review")));
            from.setValue(dateParameter(p, "from"));
            to.setValue(dateParameter(p, "to"));
            minUsdMillions.setValue(doubleParameter(p, "minUsdMillions"));
        } finally {
            filling = false;
        }
        filterChanged();
        DealSort sort = sortParameter(p);
        grid.sort(List.of(new GridSortOrder<>(
                grid.getColumnByKey(sort.field().name()),
                sort.ascending() ? SortDirection.ASCENDING : SortDirection.DESCENDING)));
    }

    /** {@code sort=AMOUNT_USD&order=desc} (any sortable column; the order defaults to descending). */
    private DealSort sortParameter(Map<String, List<String>> p) {
        Set<DealSort.Field> field = enums(DealSort.Field.class, p.get("sort"));
        if (field.size() != 1 || grid.getColumnByKey(field.iterator().next().name()) == null) {
            return DealSort.newestFirst();
        }
        boolean ascending = p.containsKey("order")
                && "asc".equalsIgnoreCase(p.get("order").getFirst().strip());
        return new DealSort(field.iterator().next(), ascending);
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, List<String> values) {
        if (values == null) {
            return EnumSet.noneOf(type);
        }
        return values.stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(v -> {
                    try {
                        return Enum.valueOf(type, v.strip().toUpperCase(java.util.Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                })
                .filter(v -> v != null)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    private static Long longParameter(Map<String, List<String>> p, String name) {
        try {
            return p.containsKey(name) ? Long.valueOf(p.get(name).getFirst().strip()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double doubleParameter(Map<String, List<String>> p, String name) {
        try {
            return p.containsKey(name) ? Double.valueOf(p.get(name).getFirst().strip()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate dateParameter(Map<String, List<String>> p, String name) {
        try {
            return p.containsKey(name) ? LocalDate.parse(p.get(name).getFirst().strip()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
