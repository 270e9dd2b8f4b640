package org.pactwatch.ui.strategy;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.pactwatch.graph.DealLink;
import org.pactwatch.graph.Money;
import org.pactwatch.ui.RowActivation;

/** The table beside a chart: one row per deal; a click, or Enter on a focused row, opens the deal. */
final class DealGrid extends Grid<DealLink> {

    DealGrid() {
        super(DealLink.class, false);
        addColumn(DealLink::dealDate).setHeader("Date").setSortable(true).setAutoWidth(true);
        addColumn(d -> d.payer().name()).setHeader("Payer / investor").setSortable(true);
        addColumn(d -> d.payee().name()).setHeader("Payee").setSortable(true);
        addColumn(d -> Labels.type(d.type())).setHeader("Type").setSortable(true);
        addColumn(d -> d.amountText() != null ? d.amountText() : Money.format(d.amountUsd()))
                .setHeader("Amount")
                .setComparator(DealLink::usdOrZero);
        addColumn(d -> Money.format(d.amountUsd())).setHeader("USD").setComparator(DealLink::usdOrZero);
        addColumn(d -> Labels.term(d.termMonths())).setHeader("Term");
        addColumn(DealLink::status).setHeader("Status");
        addColumn(DealLink::sources).setHeader("Sources").setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        RowActivation.onActivate(this, d -> getUI().ifPresent(ui -> ui.navigate(Labels.dealPath(d.id()))));
        setAllRowsVisible(false);
        setHeight("320px");
    }

    static String csv(List<DealLink> deals) {
        return Csv.of(
                List.of(
                        "deal_id",
                        "date",
                        "payer",
                        "payee",
                        "type",
                        "status",
                        "amount_text",
                        "amount_usd",
                        "term_months",
                        "sources"),
                deals.stream()
                        .map(d -> List.<Object>of(
                                d.id(),
                                d.dealDate() == null ? "" : d.dealDate().toString(),
                                d.payer().name(),
                                d.payee().name(),
                                d.type(),
                                d.status(),
                                d.amountText() == null ? "" : d.amountText(),
                                d.amountUsd() == null
                                        ? ""
                                        : String.format(java.util.Locale.ROOT, "%.2f", d.amountUsd()),
                                d.termMonths() == null ? "" : d.termMonths(),
                                d.sources()))
                        .toList());
    }
}
