package org.pactwatch.ui.strategy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pactwatch.graph.CompanyRef;
import org.pactwatch.graph.DealLink;
import org.pactwatch.graph.DealPartyService;
import org.pactwatch.graph.TieUp;
import org.pactwatch.graph.TieUpQuery;
import org.pactwatch.graph.TieUpService;
import org.pactwatch.graph.Timeline;
import org.pactwatch.graph.TimelineQuery;
import org.pactwatch.graph.TimelineService;
import org.pactwatch.security.Role;
import org.pactwatch.ui.InputChanges;

/**
 * Deals of chosen companies (or among them) over time, with running totals of money invested and cloud
 * commitments. The address carries the choice, so a view can be shared: {@code timeline?companies=1,2,3&between=true}.
 */
@Route("timeline")
@PageTitle("Timeline · Pactwatch")
@Menu(title = "Timeline", order = 20, icon = "vaadin:chart-timeline")
@RolesAllowed({Role.Names.STRATEGIST, Role.Names.ANALYST})
public class TimelineView extends AddressedView {

    /** What the view opens with when the address names no companies: the story behind Pactwatch. */
    static final List<String> STORY = List.of("Amazon", "OpenAI", "Anthropic");

    private final TimelineService timelines;
    private final TieUpService tieUps;
    private final MultiSelectComboBox<CompanyRef> companies = new MultiSelectComboBox<>("Companies");
    private final Checkbox between = new Checkbox("Only deals among them", true);
    private final Checkbox subsidiaries = new Checkbox("Include subsidiaries", true);
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final TimelineChart chart = new TimelineChart();
    private final DealGrid grid = new DealGrid();
    private final Span summary = new Span();
    private List<DealLink> deals = List.of();
    private List<DealLink> shown = List.of();

    public TimelineView(TimelineService timelines, TieUpService tieUps, DealPartyService parties) {
        this.timelines = timelines;
        this.tieUps = tieUps;
        companies.setItems(parties.parties());
        companies.setItemLabelGenerator(CompanyRef::name);
        companies.setWidth("32rem");
        companies.setId("timeline-companies");
        from.setId("timeline-from");
        to.setId("timeline-to");
        between.setId("timeline-between");
        chart.setId("timeline-chart");
        chart.setCaption("Deals over time, with running totals of investments and cloud / compute commitments;"
                + " a dashed line joins the two deals of a tie-up");
        grid.setId("timeline-table");
        summary.setId("timeline-summary");
        summary.addClassName("pw-muted");

        Button story = new Button("Amazon · OpenAI · Anthropic", e -> openStory(parties));
        story.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button png = new Button("PNG", e -> chart.downloadPng("pactwatch-timeline.png"));
        png.setId("timeline-png");
        Anchor csv = Downloads.link("CSV", "pactwatch-timeline.csv", "text/csv", () -> DealGrid.csv(shown));
        csv.setId("timeline-csv");

        HorizontalLayout controls = new HorizontalLayout(companies, between, subsidiaries, from, to, story);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        HorizontalLayout tableBar = new HorizontalLayout(summary, png, csv);
        tableBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1("Timeline"), controls, chart, tableBar, grid);

        InputChanges.onAny(this::reload, companies, between, subsidiaries, from, to);
        chart.addDealClickListener(e -> getUI().ifPresent(ui -> ui.navigate(Labels.dealPath(e.id()))));
        chart.addRangeListener(e -> showRange(parse(e.from()), parse(e.to())));
    }

    @Override
    protected void setInputs(Map<String, List<String>> params) {
        Set<Long> ids = first(params, "companies")
                .map(v -> List.of(v.split(",")).stream()
                        .map(String::trim)
                        .filter(s -> s.matches("\\d+"))
                        .map(Long::parseLong)
                        .collect(Collectors.toCollection(LinkedHashSet::new)))
                .orElse(new LinkedHashSet<>());
        List<CompanyRef> all = companies.getListDataView().getItems().toList();
        Set<CompanyRef> chosen = ids.isEmpty()
                ? all.stream().filter(c -> STORY.contains(c.name())).collect(Collectors.toSet())
                : all.stream().filter(c -> ids.contains(c.id())).collect(Collectors.toSet());
        companies.setValue(chosen);
        between.setValue(first(params, "between").map(Boolean::parseBoolean).orElse(true));
        subsidiaries.setValue(
                first(params, "subsidiaries").map(Boolean::parseBoolean).orElse(true));
        from.setValue(first(params, "from").map(TimelineView::parse).orElse(null));
        to.setValue(first(params, "to").map(TimelineView::parse).orElse(null));
    }

    private void openStory(DealPartyService parties) {
        changeInputs(() -> {
            companies.setValue(companies
                    .getListDataView()
                    .getItems()
                    .filter(c -> STORY.contains(c.name()))
                    .collect(Collectors.toSet()));
            between.setValue(true);
            from.clear();
            to.clear();
        });
    }

    @Override
    protected void load() {
        List<Long> ids = companies.getValue().stream()
                .sorted(java.util.Comparator.comparing(c -> STORY.indexOf(c.name()) < 0 ? 99 : STORY.indexOf(c.name())))
                .map(CompanyRef::id)
                .toList();
        Timeline timeline = timelines.timeline(
                new TimelineQuery(ids, between.getValue(), subsidiaries.getValue(), from.getValue(), to.getValue()));
        deals = timeline.deals();
        chart.setTimeline(timeline, pairedOn(timeline));
        showRange(null, null);
    }

    /** The tie-ups (default window) whose two deals are both on the timeline. */
    private List<TieUp> pairedOn(Timeline timeline) {
        Set<Long> shownIds = timeline.deals().stream().map(DealLink::id).collect(Collectors.toSet());
        return tieUps.tieUps(TieUpQuery.all()).stream()
                .filter(t -> shownIds.contains(t.investment().deal().id())
                        && shownIds.contains(t.commitment().deal().id()))
                .toList();
    }

    private void showRange(LocalDate start, LocalDate end) {
        shown = deals.stream()
                .filter(d -> start == null || !d.dealDate().isBefore(start))
                .filter(d -> end == null || !d.dealDate().isAfter(end))
                .toList();
        grid.setItems(shown);
        String range = start == null ? "" : " from " + start + " to " + end;
        summary.setText(shown.size() + " of " + deals.size() + " deals" + range);
    }

    @Override
    protected String address() {
        List<Long> ids =
                companies.getValue().stream().map(CompanyRef::id).sorted().toList();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("companies", ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
        params.put("between", String.valueOf(between.getValue()));
        params.put("subsidiaries", String.valueOf(subsidiaries.getValue()));
        if (from.getValue() != null) {
            params.put("from", from.getValue().toString());
        }
        if (to.getValue() != null) {
            params.put("to", to.getValue().toString());
        }
        return "timeline?" + QueryParameters.simple(params).getQueryString();
    }

    private static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
