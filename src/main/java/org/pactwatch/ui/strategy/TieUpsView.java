package org.pactwatch.ui.strategy;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.pactwatch.graph.CompanyRef;
import org.pactwatch.graph.DealLink;
import org.pactwatch.graph.Money;
import org.pactwatch.graph.TieUp;
import org.pactwatch.graph.TieUpQuery;
import org.pactwatch.graph.TieUpService;
import org.pactwatch.security.Role;
import org.pactwatch.ui.InputChanges;
import org.pactwatch.ui.RowActivation;

/**
 * Tie-ups: an investment paired with the cloud or compute commitment back, both amounts, the ratio, dates and
 * sources; a row opens its two deals and their documents. The address carries the choice:
 * {@code tieups?company=1&window=12}.
 */
@Route("tieups")
@PageTitle("Tie-ups · Pactwatch")
@Menu(title = "Tie-ups", order = 22.5, icon = "vaadin:exchange")
@RolesAllowed({Role.Names.STRATEGIST, Role.Names.ANALYST, Role.Names.REGULATOR})
public class TieUpsView extends AddressedView {

    static final List<Integer> WINDOWS = List.of(3, 6, 12, 24, 36);

    private final TieUpService tieUps;
    private final ComboBox<CompanyRef> company = new ComboBox<>("Company");
    private final Select<Integer> window = new Select<>();
    private final Grid<TieUp> grid = new Grid<>(TieUp.class, false);
    private final Span count = new Span();
    private final Div detail = new Div();
    private List<TieUp> found = List.of();

    public TieUpsView(TieUpService tieUps) {
        this.tieUps = tieUps;
        company.setItems(parties(tieUps));
        company.setItemLabelGenerator(CompanyRef::name);
        company.setClearButtonVisible(true);
        company.setPlaceholder("All companies");
        company.setHelperText("Subsidiaries count as their parent (AWS as Amazon)");
        company.setWidth("20rem");
        company.setId("tieups-company");
        window.setLabel("Deals at most this far apart");
        window.setItems(WINDOWS);
        window.setItemLabelGenerator(m -> m + " months");
        window.setValue(TieUpQuery.DEFAULT_WINDOW_MONTHS);
        window.setId("tieups-window");
        count.setId("tieups-count");
        count.addClassName("pw-muted");
        detail.setId("tieups-detail");
        detail.setWidthFull();

        grid.addColumn(TieUp::label)
                .setHeader("Tie-up")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(t -> ratio(t.ratio()))
                .setHeader("Ratio")
                .setComparator(t -> t.ratio() == null ? -1 : t.ratio())
                .setAutoWidth(true)
                .setFlexGrow(0);
        addLegColumns("Investment", "Invested", t -> t.investment().deal());
        addLegColumns("Commitment back", "Committed", t -> t.commitment().deal());
        grid.addColumn(TieUpsView::sources)
                .setHeader("Sources")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setId("tieups-table");
        grid.setAriaLabel("Tie-ups");
        RowActivation.onActivate(grid, this::showDetail);

        Anchor csv = Downloads.link("CSV", "pactwatch-tieups.csv", "text/csv", () -> csv(found));
        csv.setId("tieups-csv");
        HorizontalLayout controls = new HorizontalLayout(company, window);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        HorizontalLayout bar = new HorizontalLayout(count, csv);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(
                new H1("Tie-ups"),
                new Paragraph("An investor funds a company, and the company commits to spend on the investor's"
                        + " cloud or compute — the investor's own or a subsidiary's (AWS for Amazon, Azure for"
                        + " Microsoft, Google Cloud for Alphabet) — within the window. Each deal is in at most one"
                        + " tie-up: the nearest in time. Ratio: committed spend per dollar invested. Select a row (click or Enter) for"
                        + " its two deals and sources."),
                controls,
                bar,
                grid,
                detail);

        InputChanges.onAny(this::reload, company, window);
    }

    @Override
    protected void setInputs(Map<String, List<String>> params) {
        long companyId = number(params, "company");
        company.setValue(company.getListDataView()
                .getItems()
                .filter(c -> c.id() == companyId)
                .findFirst()
                .orElse(null));
        int months = (int) number(params, "window");
        window.setValue(WINDOWS.contains(months) ? months : TieUpQuery.DEFAULT_WINDOW_MONTHS);
    }

    @Override
    protected void load() {
        CompanyRef chosen = company.getValue();
        found = tieUps.tieUps(new TieUpQuery(chosen == null ? null : chosen.id(), null, null, window.getValue()));
        grid.setItems(found);
        count.setText(found.size() + (found.size() == 1 ? " tie-up" : " tie-ups"));
        detail.removeAll();
    }

    /** The deal, amount and date columns of one leg; the date's header is the amount's with "on". */
    private void addLegColumns(String dealHeader, String amountHeader, Function<TieUp, DealLink> legDeal) {
        grid.addColumn(t -> leg(legDeal.apply(t)))
                .setHeader(dealHeader)
                .setWidth("11rem")
                .setFlexGrow(1);
        grid.addColumn(t -> Money.format(legDeal.apply(t).amountUsd()))
                .setHeader(amountHeader)
                .setComparator(t -> legDeal.apply(t).usdOrZero())
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(t -> legDeal.apply(t).dealDate())
                .setHeader(amountHeader + " on")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
    }

    private void showDetail(TieUp tieUp) {
        grid.select(tieUp);
        detail.removeAll();
        H2 heading = new H2(tieUp.label() + ": " + ratio(tieUp.ratio()) + " committed per dollar invested");
        heading.setId("tieups-detail-title");
        DealGrid deals = new DealGrid();
        deals.setItems(List.of(tieUp.investment().deal(), tieUp.commitment().deal()));
        deals.setAllRowsVisible(true);
        deals.setId("tieups-detail-deals");
        deals.setAriaLabel("The two deals of " + tieUp.label());
        UnorderedList documents = new UnorderedList();
        documents.setId("tieups-detail-sources");
        sourceItems(documents, "Investment", tieUp.investment());
        sourceItems(documents, "Commitment", tieUp.commitment());
        Anchor loop = new Anchor("loops/" + tieUp.loopKey(), "The money loop of " + tieUp.label());
        detail.add(heading, deals, new Paragraph("Sources (open a deal for its sentences):"), documents, loop);
    }

    private static void sourceItems(UnorderedList list, String leg, TieUp.Leg of) {
        for (TieUp.Source source : of.sources()) {
            String title = source.title() == null || source.title().isBlank()
                    ? "Document " + source.documentId()
                    : source.title();
            ListItem item = new ListItem(new Span(leg + ": "));
            item.add(source.url() == null ? new Span(title) : new Anchor(source.url(), title));
            item.add(new Span(" — " + (source.publisher() == null ? "" : source.publisher() + ", ")
                    + (source.published() == null
                            ? "undated"
                            : source.published().toString())));
            list.add(item);
        }
    }

    @Override
    protected String address() {
        Map<String, String> params = new LinkedHashMap<>();
        if (company.getValue() != null) {
            params.put("company", String.valueOf(company.getValue().id()));
        }
        params.put("window", String.valueOf(window.getValue()));
        return "tieups?" + QueryParameters.simple(params).getQueryString();
    }

    /** The companies of any tie-up in the widest window offered (top parents), for the picker; by name. */
    private static List<CompanyRef> parties(TieUpService tieUps) {
        int widest = WINDOWS.getLast();
        return tieUps.tieUps(new TieUpQuery(null, null, null, widest)).stream()
                .flatMap(t -> java.util.stream.Stream.of(t.investor(), t.investee()))
                .distinct()
                .sorted(java.util.Comparator.comparing(c -> c.name().toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    static String leg(DealLink deal) {
        return deal.payer().name() + " → " + deal.payee().name() + ": "
                + (deal.amountText() != null ? deal.amountText() : Money.format(deal.amountUsd()));
    }

    static String ratio(Double ratio) {
        return ratio == null ? "n/a" : String.format(java.util.Locale.ROOT, "%.1f×", ratio);
    }

    private static String sources(TieUp tieUp) {
        long documents = java.util.stream.Stream.concat(
                        tieUp.investment().sources().stream(), tieUp.commitment().sources().stream())
                .map(TieUp.Source::documentId)
                .distinct()
                .count();
        return documents + (documents == 1 ? " document" : " documents");
    }

    private static long number(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream()
                .filter(v -> v.matches("\\d{1,9}"))
                .mapToLong(Long::parseLong)
                .findFirst()
                .orElse(-1);
    }

    private static String csv(List<TieUp> tieUps) {
        return Csv.of(
                List.of(
                        "investor",
                        "investee",
                        "investment_deal_id",
                        "investment",
                        "invested_usd",
                        "invested_on",
                        "commitment_deal_id",
                        "commitment",
                        "committed_usd",
                        "committed_on",
                        "ratio",
                        "days_apart",
                        "source_urls"),
                tieUps.stream()
                        .map(t -> List.<Object>of(
                                t.investor().name(),
                                t.investee().name(),
                                t.investment().deal().id(),
                                leg(t.investment().deal()),
                                usd(t.investment().deal()),
                                t.investment().deal().dealDate().toString(),
                                t.commitment().deal().id(),
                                leg(t.commitment().deal()),
                                usd(t.commitment().deal()),
                                t.commitment().deal().dealDate().toString(),
                                t.ratio() == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", t.ratio()),
                                t.daysApart(),
                                java.util.stream.Stream.concat(
                                                t.investment().sources().stream(), t.commitment().sources().stream())
                                        .map(TieUp.Source::url)
                                        .filter(java.util.Objects::nonNull)
                                        .distinct()
                                        .collect(java.util.stream.Collectors.joining(" "))))
                        .toList());
    }

    private static String usd(DealLink deal) {
        return deal.amountUsd() == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", deal.amountUsd());
    }
}
