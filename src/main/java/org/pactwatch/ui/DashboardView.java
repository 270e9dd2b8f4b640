package org.pactwatch.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.pactwatch.briefing.BriefingDeal;
import org.pactwatch.briefing.BriefingService;
import org.pactwatch.briefing.MonthlyValue;
import org.pactwatch.briefing.Visit;
import org.pactwatch.security.Role;
import org.pactwatch.ui.strategy.DealValueChart;

/**
 * Home: a briefing for the signed-in user's roles. Every tile is one call of {@link BriefingService} and links to
 * the view that lists what it counts; the analysts' review queue and ingest health show only to analysts.
 */
@Route("")
@PageTitle("Dashboard · Pactwatch")
@Menu(title = "Dashboard", order = 0, icon = "vaadin:dashboard")
@PermitAll
public class DashboardView extends VerticalLayout implements BeforeEnterObserver {

    static final int MONTHS = 24;
    static final int ROWS = 6;
    /** The windows of the largest deals: the last 30 and 90 days, and a year for a quiet quarter. */
    static final List<Integer> LARGEST_WINDOWS = List.of(30, 90, 365);

    static final int LARGEST_ROWS = 4;

    private final BriefingService briefing;
    private final AuthenticationContext authentication;
    private final DashboardTiles tiles;
    private final DatePicker sincePicker = new DatePicker("New since");
    private final Span sinceNote = new Span();
    private final FlexLayout cards = new FlexLayout();
    private final Div newDeals = new Div();
    private final Div activeCompanies = new Div();
    private Visit visit;

    public DashboardView(BriefingService briefing, AuthenticationContext authentication) {
        this.briefing = briefing;
        this.authentication = authentication;
        this.tiles = new DashboardTiles(ZoneId.systemDefault());
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("pw-tiles");
        cards.setId("dashboard-cards");
        sincePicker.setId("dashboard-since");
        sincePicker.setHelperText("Deals Pactwatch stored after this day count as new");
        sincePicker.setMax(LocalDate.now());
        sinceNote.setId("dashboard-since-note");
        sincePicker.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                sinceChanged(e.getValue());
            }
        });
        sinceNote.addClassName("pw-muted");
        add(
                new H1("Dashboard"),
                new Paragraph("What changed in the deals between Big Tech, AI labs, chip makers and clouds."),
                sinceRow(),
                cards);
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!hasAnyRole(Role.Names.ANALYST, Role.Names.STRATEGIST, Role.Names.REGULATOR)) {
            cards.removeAll();
            cards.add(new Paragraph("Your account has no role that sees deals yet: ask an administrator."));
            return;
        }
        visit = briefing.startVisit(Viewer.of(authentication).name());
        LocalDate chosen =
                sinceParameter(event.getLocation().getQueryParameters().getParameters());
        render(chosen == null ? visit.since() : tiles.startOf(chosen));
        sincePicker.setValue(chosen == null ? tiles.day(visit.since()) : chosen);
    }

    private void render(Instant since) {
        cards.removeAll();
        showSince(since);
        cards.add(tile("new", "New deals", "deals", "All deals in the Deals view", newDeals));
        Map<Integer, List<BriefingDeal>> largest = new LinkedHashMap<>();
        LARGEST_WINDOWS.forEach(days -> largest.put(days, briefing.largestDeals(days, LARGEST_ROWS)));
        cards.add(tiles.largest(largest));
        cards.add(valueTile());
        cards.add(tile("companies", "Most active companies", "companies", "All companies", activeCompanies));
        if (hasAnyRole(Role.Names.ANALYST)) {
            cards.add(tiles.reviewQueue(briefing.reviewQueue(ROWS)));
        }
        cards.add(tiles.alerts(briefing.alerts(Viewer.of(authentication).name(), ROWS)));
        if (hasAnyRole(Role.Names.ANALYST)) {
            cards.add(tiles.ingestHealth(briefing.ingestHealth(3)));
        }
    }

    private void showSince(Instant since) {
        newDeals.removeAll();
        newDeals.add(tiles.newDeals(briefing.newDeals(since, ROWS)));
        activeCompanies.removeAll();
        activeCompanies.add(tiles.activeCompanies(briefing.mostActiveCompanies(since, ROWS)));
        sinceNote.setText(
                visit.first()
                        ? "This is your first visit: new means stored in the last %d days."
                                .formatted(BriefingService.FIRST_VISIT_LOOKBACK.toDays())
                        : "Your previous visit ended " + Format.instant(visit.previous()) + ".");
    }

    private void sinceChanged(LocalDate day) {
        showSince(day == null ? visit.since() : tiles.startOf(day));
        String query = day == null ? "" : "?since=" + day;
        UI.getCurrent().getPage().getHistory().replaceState(null, query.isEmpty() ? "." : query);
    }

    private Component valueTile() {
        YearMonth last = YearMonth.now();
        List<YearMonth> months = Stream.iterate(last.minusMonths(MONTHS - 1L), m -> m.plusMonths(1))
                .limit(MONTHS)
                .toList();
        List<MonthlyValue> values = briefing.valueByMonth(MONTHS);
        DealValueChart chart = new DealValueChart();
        chart.setId("dashboard-value-chart");
        chart.setCaption("Disclosed value per month, last " + MONTHS + " months");
        chart.setHeight("340px");
        chart.setValues(months, values);
        chart.addSegmentClickListener(e ->
                UI.getCurrent().navigate(DealsView.class, DashboardTiles.dealsOfMonth(e.type(), e.month(), e.month())));
        Div body = new Div(chart, tiles.valueByType(values, months.getFirst(), last));
        return tile("value", "Deal value by month and type", "deals", "All deals in the Deals view", body)
                .wide();
    }

    private FlexLayout sinceRow() {
        FlexLayout row = new FlexLayout(sincePicker, sinceNote);
        row.setAlignItems(Alignment.BASELINE);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        return row;
    }

    private DashboardTiles.Tile tile(String id, String title, String href, String linkText, Component body) {
        return new DashboardTiles.Tile(id, title, new Anchor(href, linkText), body);
    }

    private boolean hasAnyRole(String... roles) {
        return Stream.of(roles).anyMatch(authentication::hasRole);
    }

    private static LocalDate sinceParameter(Map<String, List<String>> parameters) {
        try {
            return parameters.containsKey("since")
                    ? LocalDate.parse(parameters.get("since").getFirst().strip())
                    : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
