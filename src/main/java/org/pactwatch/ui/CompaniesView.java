package org.pactwatch.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pactwatch.company.CompanyService;
import org.pactwatch.company.CompanySummary;
import org.pactwatch.security.Role;

/** The company registry, searchable by name or alias, loaded lazily. */
@Route("companies")
@PageTitle("Companies · Pactwatch")
@Menu(title = "Companies", order = 30, icon = "vaadin:building")
@RolesAllowed({Role.Names.ANALYST, Role.Names.STRATEGIST, Role.Names.REGULATOR})
public class CompaniesView extends VerticalLayout {

    public CompaniesView(CompanyService companies) {
        setSizeFull();
        TextField filter = new TextField();
        filter.setId("companies-filter");
        filter.setPlaceholder("Name or alias");
        filter.setAriaLabel("Filter companies by name or alias");
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        Grid<CompanySummary> grid = new Grid<>(CompanySummary.class, false);
        grid.setId("companies-grid");
        grid.addColumn(CompanySummary::name).setHeader("Company");
        grid.addColumn(CompanySummary::kind).setHeader("Kind");
        grid.addColumn(c -> c.parentName() == null ? "" : c.parentName()).setHeader("Parent");
        grid.addColumn(c -> c.ticker() == null ? "" : c.ticker()).setHeader("Ticker");
        grid.addColumn(c -> c.verified() ? "verified" : "found by extraction").setHeader("Registry");
        grid.setItems(
                query -> companies.search(filter.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) companies.count(filter.getValue()));
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        RowActivation.onActivate(grid, c -> RouteId.open(CompanyView.class, c.id()));
        add(new H1("Companies"), filter, grid);
        expand(grid);
    }
}
