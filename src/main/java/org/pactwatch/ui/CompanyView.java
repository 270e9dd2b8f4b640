package org.pactwatch.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pactwatch.company.CompanyProfile;
import org.pactwatch.company.CompanyRef;
import org.pactwatch.company.CompanyService;
import org.pactwatch.company.CompanySummary;
import org.pactwatch.deal.DealFilter;
import org.pactwatch.deal.DealPage;
import org.pactwatch.deal.DealQueries;
import org.pactwatch.deal.DealSort;
import org.pactwatch.deal.DealSummary;
import org.pactwatch.deal.DealTimeline;
import org.pactwatch.security.Role;

/**
 * One company: profile, identifiers, aliases, parent and subsidiaries, its deals as payer and as payee and a
 * per-year timeline. Analysts edit aliases and merge duplicates into it (audited).
 */
@Route("companies/:id")
@PageTitle("Company · Pactwatch")
@RolesAllowed({Role.Names.ANALYST, Role.Names.STRATEGIST, Role.Names.REGULATOR})
public class CompanyView extends VerticalLayout implements BeforeEnterObserver {

    static final int DEALS_SHOWN = 200;

    private final CompanyService companies;
    private final DealQueries deals;
    private final DealTimeline timeline;
    private final Viewer viewer;

    public CompanyView(
            CompanyService companies, DealQueries deals, DealTimeline timeline, AuthenticationContext authentication) {
        this.companies = companies;
        this.deals = deals;
        this.timeline = timeline;
        this.viewer = Viewer.of(authentication);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteId.of(event)
                .ifPresentOrElse(
                        id -> companies.profile(id).ifPresentOrElse(this::render, this::missing), this::missing);
    }

    private void missing() {
        removeAll();
        add(new H1("Company not found"), new Anchor("companies", "All companies"));
    }

    private void render(CompanyProfile c) {
        removeAll();
        H1 title = new H1(c.name());
        title.setId("company-name");
        add(title);
        if (c.mergedInto() != null) {
            Paragraph merged = new Paragraph("Merged into ");
            merged.setId("company-merged");
            merged.add(new Anchor(
                    "companies/" + c.mergedInto().id(), c.mergedInto().name()));
            add(merged);
            return;
        }
        if (c.description() != null && !c.description().isBlank()) {
            add(new Paragraph(c.description()));
        }
        add(profile(c));
        add(new H2("Aliases"), aliases(c));
        if (viewer.canEdit()) {
            Button merge = new Button("Merge a duplicate into this company…", e -> openMerge(c));
            merge.setId("company-merge");
            add(merge);
        }
        List<DealTimeline.Year> years = timeline.perYear(c.id());
        add(new H2("Timeline"), timelineOf(years));
        add(dealLists(c));
    }

    private Div profile(CompanyProfile c) {
        Map<String, Component> rows = new LinkedHashMap<>();
        rows.put("Kind", text(c.kind()));
        rows.put("Registry", text(c.verified() ? "verified" : "found by extraction, not yet checked"));
        rows.put("Ticker", text(c.ticker()));
        rows.put("SEC CIK", text(c.cik()));
        rows.put(
                "Wikidata",
                c.wikidata() == null
                        ? text(null)
                        : new Anchor(
                                "https://www.wikidata.org/wiki/" + c.wikidata().replaceAll("[^A-Za-z0-9]", ""),
                                c.wikidata()));
        rows.put("Country", text(c.country()));
        rows.put("Parent", link(c.parent()));
        rows.put("Ultimate parent", link(c.ultimateParent()));
        Div subsidiaries = new Div();
        subsidiaries.setId("company-subsidiaries");
        if (c.subsidiaries().isEmpty()) {
            subsidiaries.add(new Span("—"));
        }
        c.subsidiaries().forEach(s -> {
            subsidiaries.add(link(s));
            subsidiaries.add(new Span(" "));
        });
        rows.put("Subsidiaries", subsidiaries);
        Div grid = new Div();
        grid.setId("company-profile");
        grid.addClassName("pw-fields");
        rows.forEach((label, value) -> {
            Span name = new Span(label);
            name.addClassName("pw-label");
            grid.add(name, value);
        });
        return grid;
    }

    private Component aliases(CompanyProfile c) {
        Div list = new Div();
        list.setId("company-aliases");
        list.addClassName("pw-chips");
        for (CompanyProfile.Alias alias : c.aliases()) {
            Span chip = new Span(alias.alias() + ("PRODUCT".equals(alias.kind()) ? " (product)" : ""));
            chip.getElement().getThemeList().add("badge");
            chip.getElement().setAttribute("data-alias", alias.alias());
            if (viewer.canEdit()) {
                Button remove =
                        new Button("✕", e -> change(() -> companies.removeAlias(c.id(), alias.id(), viewer.name()), c));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel("Remove alias " + alias.alias());
                chip.add(remove);
            }
            list.add(chip);
        }
        if (c.aliases().isEmpty()) {
            list.add(new Span("No aliases."));
        }
        if (!viewer.canEdit()) {
            return list;
        }
        TextField alias = new TextField();
        alias.setId("alias-new");
        alias.setPlaceholder("Another name, e.g. AWS");
        alias.setAriaLabel("New alias");
        alias.setMaxLength(200);
        Button add = new Button(
                "Add alias", e -> change(() -> companies.addAlias(c.id(), alias.getValue(), viewer.name()), c));
        add.setId("alias-add");
        HorizontalLayout form = new HorizontalLayout(alias, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return new VerticalLayout(list, form);
    }

    private void change(Runnable action, CompanyProfile c) {
        if (Messages.run(action)) {
            Messages.success("Saved and written to the audit log.");
            companies.profile(c.id()).ifPresent(this::render);
        }
    }

    private void openMerge(CompanyProfile target) {
        Dialog dialog = new Dialog("Merge a duplicate into " + target.name());
        ComboBox<CompanySummary> source = new ComboBox<>("Duplicate company");
        source.setId("merge-company");
        source.setWidth("28rem");
        source.setItemLabelGenerator(
                s -> s.name() + (s.parentName() == null ? "" : " (part of " + s.parentName() + ")"));
        CompanyPicker.searchAll(source, companies);
        Paragraph explain = new Paragraph("Its names become aliases of " + target.name()
                + ", its deals and subsidiaries move here, and later mentions resolve here. Audited.");
        Button merge = new Button("Merge", e -> {
            if (source.getValue() == null) {
                Messages.error("Choose the duplicate company.");
                return;
            }
            long sourceId = source.getValue().id();
            if (Messages.run(() -> companies.merge(sourceId, target.id(), viewer.name()))) {
                dialog.close();
                Messages.success(source.getValue().name() + " was merged into " + target.name() + ".");
                companies.profile(target.id()).ifPresent(this::render);
            }
        });
        merge.setId("merge-company-confirm");
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(new VerticalLayout(source, explain));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), merge);
        dialog.open();
    }

    private static Component timelineOf(List<DealTimeline.Year> years) {
        Div chart = new Div();
        chart.setId("company-timeline");
        chart.addClassName("pw-timeline");
        if (years.isEmpty()) {
            chart.add(new Span("No dated deals."));
            return chart;
        }
        long most =
                years.stream().mapToLong(y -> y.asPayer() + y.asPayee()).max().orElse(1);
        for (DealTimeline.Year y : years) {
            Div row = new Div();
            row.addClassName("pw-timeline-row");
            Span label = new Span(String.valueOf(y.year()));
            label.addClassName("pw-timeline-year");
            Div payer = bar(y.asPayer(), most, "pw-bar-payer");
            Div payee = bar(y.asPayee(), most, "pw-bar-payee");
            BigDecimal usd = y.usdAsPayer().add(y.usdAsPayee());
            Span numbers = new Span(y.asPayer() + " paid · " + y.asPayee() + " received"
                    + (usd.signum() > 0 ? " · " + Format.usd(usd) : ""));
            numbers.addClassName("pw-muted");
            row.add(label, payer, payee, numbers);
            chart.add(row);
        }
        return chart;
    }

    private static Div bar(long count, long most, String className) {
        Div bar = new Div();
        bar.addClassName("pw-bar");
        bar.addClassName(className);
        bar.setWidth((count == 0 ? 0 : Math.max(2, 240.0 * count / most)) + "px");
        return bar;
    }

    private Component dealLists(CompanyProfile c) {
        DealPage<DealSummary> page =
                deals.find(DealFilter.all().withCompany(c.id()), DealSort.newestFirst(), 0, DEALS_SHOWN);
        Set<Long> self = new HashSet<>(companies.selfAndSubsidiaries(c.id()));
        VerticalLayout asPayer = list("company-deals-payer");
        VerticalLayout asPayee = list("company-deals-payee");
        for (DealSummary d : page.items()) {
            Anchor a = new Anchor(
                    "deals/" + d.id(),
                    (d.payerName() == null ? "?" : d.payerName()) + " → "
                            + (d.payeeName() == null ? "?" : d.payeeName()) + " · " + d.type() + " · "
                            + DealsView.amount(d) + " · " + Format.date(d.date()));
            if (d.payerId() != null && self.contains(d.payerId())) {
                asPayer.add(a);
            } else {
                asPayee.add(a);
            }
        }
        VerticalLayout payerColumn = new VerticalLayout(new H2("As payer"), asPayer);
        VerticalLayout payeeColumn = new VerticalLayout(new H2("As payee"), asPayee);
        HorizontalLayout columns = new HorizontalLayout(payerColumn, payeeColumn);
        columns.setWidthFull();
        VerticalLayout all = new VerticalLayout(columns);
        all.setPadding(false);
        if (page.total() > DEALS_SHOWN) {
            all.add(new Span("Showing the newest " + DEALS_SHOWN + " of " + page.total() + " deals."));
        }
        all.add(new Anchor("deals?company=" + c.id(), "Open all " + page.total() + " deals in the Deals view"));
        return all;
    }

    private static VerticalLayout list(String id) {
        VerticalLayout list = new VerticalLayout();
        list.setId(id);
        list.setPadding(false);
        list.setSpacing(false);
        return list;
    }

    private static Component link(CompanyRef ref) {
        return ref == null ? text(null) : new Anchor("companies/" + ref.id(), ref.name());
    }

    private static Span text(String value) {
        return new Span(value == null || value.isBlank() ? "—" : value);
    }
}
