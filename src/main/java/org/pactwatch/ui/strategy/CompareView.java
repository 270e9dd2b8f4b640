package org.pactwatch.ui.strategy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pactwatch.graph.CompanyPair;
import org.pactwatch.graph.CompanyRef;
import org.pactwatch.graph.ComparisonRow;
import org.pactwatch.graph.ComparisonService;
import org.pactwatch.graph.DealPartyService;
import org.pactwatch.graph.Money;
import org.pactwatch.security.Role;

/**
 * Two to four relationships ({@code compare?pairs=1-2,1-3}) or companies ({@code compare?companies=1,2})
 * side by side: a bar chart of money each way and a table with terms, dates, deals and sources.
 */
@Route("compare")
@PageTitle("Compare · Pactwatch")
@Menu(title = "Compare", order = 21, icon = "vaadin:split")
@RolesAllowed({Role.Names.STRATEGIST, Role.Names.ANALYST})
public class CompareView extends AddressedView {

    static final String RELATIONSHIPS = "Relationships";
    static final String COMPANIES = "Companies";

    /** The relationships the view opens with when the address names none. */
    static final List<List<String>> DEFAULT_PAIRS = List.of(
            List.of("Amazon", "OpenAI"),
            List.of("Amazon", "Anthropic"),
            List.of("Microsoft", "OpenAI"),
            List.of("Google", "Anthropic"));

    private final ComparisonService comparisons;
    private final List<CompanyRef> parties;
    private final RadioButtonGroup<String> mode = new RadioButtonGroup<>("Compare");
    private final List<ComboBox<CompanyRef>[]> pairPickers = new ArrayList<>();
    private final MultiSelectComboBox<CompanyRef> companies = new MultiSelectComboBox<>("Companies (up to 4)");
    private final HorizontalLayout pairsBox = new HorizontalLayout();
    private final CompareChart chart = new CompareChart();
    private final Grid<ComparisonRow> table = new Grid<>(ComparisonRow.class, false);
    private final Span message = new Span();
    private List<ComparisonRow> rows = List.of();

    public CompareView(ComparisonService comparisons, DealPartyService partyService) {
        this.comparisons = comparisons;
        this.parties = partyService.parties();
        mode.setItems(RELATIONSHIPS, COMPANIES);
        mode.setValue(RELATIONSHIPS);
        mode.setId("compare-mode");
        pairsBox.setPadding(false);
        pairsBox.setWrap(true);
        for (int i = 0; i < 4; i++) {
            @SuppressWarnings("unchecked")
            ComboBox<CompanyRef>[] pair = new ComboBox[] {picker("First"), picker("Second")};
            pair[0].setId("compare-pair-" + i + "-first");
            pair[1].setId("compare-pair-" + i + "-second");
            pairPickers.add(pair);
            HorizontalLayout row = new HorizontalLayout(pair[0], new Span("–"), pair[1]);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            pairsBox.add(row);
        }
        companies.setItems(parties);
        companies.setItemLabelGenerator(CompanyRef::name);
        companies.setWidth("32rem");
        companies.setId("compare-companies");
        companies.setVisible(false);
        chart.setId("compare-chart");
        chart.setCaption("Money invested and cloud / compute commitments, each way");
        chart.setHeight("420px");
        message.setId("compare-message");
        message.addClassName("pw-muted");
        configureTable();

        Button png = new Button("PNG", e -> chart.downloadPng("pactwatch-compare.png"));
        png.setId("compare-png");
        Anchor csv = Downloads.link("CSV", "pactwatch-compare.csv", "text/csv", this::csv);
        csv.setId("compare-csv");
        HorizontalLayout tableBar = new HorizontalLayout(message, png, csv);
        tableBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1("Compare"), mode, pairsBox, companies, chart, tableBar, table);

        mode.addValueChangeListener(e -> {
            pairsBox.setVisible(RELATIONSHIPS.equals(e.getValue()));
            companies.setVisible(COMPANIES.equals(e.getValue()));
            reload();
        });
        companies.addValueChangeListener(e -> reload());
    }

    private ComboBox<CompanyRef> picker(String label) {
        ComboBox<CompanyRef> box = new ComboBox<>(label, parties);
        box.setItemLabelGenerator(CompanyRef::name);
        box.setClearButtonVisible(true);
        box.addValueChangeListener(e -> reload());
        return box;
    }

    private void configureTable() {
        table.addColumn(ComparisonRow::label)
                .setHeader("Relationship / company")
                .setAutoWidth(true);
        table.addColumn(r -> Money.format(r.investedOut())).setHeader("Invested →");
        table.addColumn(r -> Money.format(r.investedIn())).setHeader("Invested ←");
        table.addColumn(r -> Money.format(r.committedOut())).setHeader("Cloud commitments →");
        table.addColumn(r -> Money.format(r.committedIn())).setHeader("Cloud commitments ←");
        table.addColumn(r -> String.join("; ", r.commitmentTerms()))
                .setHeader("Commitment terms")
                .setFlexGrow(3);
        table.addColumn(r -> String.join("; ", r.providerTerms()))
                .setHeader("Provider terms")
                .setFlexGrow(2);
        table.addColumn(r -> String.join("; ", r.tieUps()))
                .setHeader("Tie-ups (investment → commitment back)")
                .setFlexGrow(3);
        table.addColumn(ComparisonRow::firstDeal).setHeader("First deal").setAutoWidth(true);
        table.addColumn(ComparisonRow::lastDeal).setHeader("Last deal").setAutoWidth(true);
        table.addColumn(ComparisonRow::deals).setHeader("Deals").setAutoWidth(true);
        table.addColumn(ComparisonRow::sources).setHeader("Sources").setAutoWidth(true);
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.setAllRowsVisible(true);
        table.setId("compare-table");
    }

    @Override
    protected void setInputs(Map<String, List<String>> params) {
        Optional<String> companyParam = first(params, "companies");
        if (companyParam.isPresent()) {
            mode.setValue(COMPANIES);
            List<Long> ids = ids(companyParam.get());
            companies.setValue(
                    parties.stream().filter(c -> ids.contains(c.id())).collect(Collectors.toSet()));
        } else {
            mode.setValue(RELATIONSHIPS);
            List<CompanyPair> pairs =
                    first(params, "pairs").map(CompareView::pairs).orElseGet(this::defaultPairs);
            for (int i = 0; i < pairPickers.size(); i++) {
                ComboBox<CompanyRef>[] pickers = pairPickers.get(i);
                pickers[0].setValue(i < pairs.size() ? byId(pairs.get(i).firstId()) : null);
                pickers[1].setValue(i < pairs.size() ? byId(pairs.get(i).secondId()) : null);
            }
        }
    }

    @Override
    protected void load() {
        boolean pairMode = RELATIONSHIPS.equals(mode.getValue());
        try {
            if (pairMode) {
                List<CompanyPair> pairs = chosenPairs();
                rows = pairs.isEmpty() ? List.of() : comparisons.relationships(pairs);
            } else {
                List<Long> ids = companies.getValue().stream()
                        .map(CompanyRef::id)
                        .sorted()
                        .toList();
                rows = ids.isEmpty() ? List.of() : comparisons.companies(ids);
            }
            message.setText(rows.size() + (pairMode ? " relationships" : " companies"));
        } catch (IllegalArgumentException e) {
            rows = List.of();
            message.setText(e.getMessage());
        }
        chart.setRows(pairMode, rows);
        table.setItems(rows);
    }

    private List<CompanyPair> chosenPairs() {
        List<CompanyPair> pairs = new ArrayList<>();
        for (ComboBox<CompanyRef>[] pickers : pairPickers) {
            if (pickers[0].getValue() != null
                    && pickers[1].getValue() != null
                    && !pickers[0].getValue().equals(pickers[1].getValue())) {
                pairs.add(new CompanyPair(
                        pickers[0].getValue().id(), pickers[1].getValue().id()));
            }
        }
        return pairs;
    }

    private List<CompanyPair> defaultPairs() {
        List<CompanyPair> pairs = new ArrayList<>();
        for (List<String> names : DEFAULT_PAIRS) {
            CompanyRef first = byName(names.get(0));
            CompanyRef second = byName(names.get(1));
            if (first != null && second != null) {
                pairs.add(new CompanyPair(first.id(), second.id()));
            }
        }
        return pairs;
    }

    @Override
    protected String address() {
        String query = RELATIONSHIPS.equals(mode.getValue())
                ? "pairs=" + chosenPairs().stream().map(CompanyPair::toString).collect(Collectors.joining(","))
                : "companies="
                        + companies.getValue().stream()
                                .map(c -> String.valueOf(c.id()))
                                .sorted()
                                .collect(Collectors.joining(","));
        return "compare?" + query;
    }

    private String csv() {
        return Csv.of(
                List.of(
                        "label",
                        "invested_out_usd",
                        "invested_in_usd",
                        "committed_out_usd",
                        "committed_in_usd",
                        "commitment_terms",
                        "provider_terms",
                        "tie_ups",
                        "first_deal",
                        "last_deal",
                        "deals",
                        "sources"),
                rows.stream()
                        .map(r -> List.<Object>of(
                                r.label(),
                                r.investedOut(),
                                r.investedIn(),
                                r.committedOut(),
                                r.committedIn(),
                                String.join("; ", r.commitmentTerms()),
                                String.join("; ", r.providerTerms()),
                                String.join("; ", r.tieUps()),
                                r.firstDeal() == null ? "" : r.firstDeal().toString(),
                                r.lastDeal() == null ? "" : r.lastDeal().toString(),
                                r.deals(),
                                r.sources()))
                        .toList());
    }

    private CompanyRef byId(long id) {
        return parties.stream().filter(c -> c.id() == id).findFirst().orElse(null);
    }

    private CompanyRef byName(String name) {
        return parties.stream()
                .filter(c -> c.name().equalsIgnoreCase(name))
                .findFirst()
                .orElse(null);
    }

    private static List<CompanyPair> pairs(String text) {
        List<CompanyPair> pairs = new ArrayList<>();
        for (String part : text.split(",")) {
            try {
                pairs.add(CompanyPair.parse(part));
            } catch (IllegalArgumentException e) {
                // a malformed pair in a shared address is skipped; the rest still compare
            }
        }
        return pairs.size() > 4 ? pairs.subList(0, 4) : pairs;
    }

    private static List<Long> ids(String text) {
        return java.util.Arrays.stream(text.split(","))
                .map(String::trim)
                .filter(s -> s.matches("\\d+"))
                .map(Long::parseLong)
                .toList();
    }
}
