package org.pactwatch.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pactwatch.alert.SavedSearchService;
import org.pactwatch.search.InvalidQueryException;
import org.pactwatch.search.SearchParameters;
import org.pactwatch.search.SearchRequest;
import org.pactwatch.search.SearchResult;
import org.pactwatch.search.SearchService;
import org.pactwatch.security.Role;

/**
 * Search: one Lucene query box, facets that narrow on click, a date range and a sort. The URL holds the whole
 * search (the same parameters as {@code /api/v1/search}), so a search can be bookmarked, shared and saved.
 */
@Route("search")
@PageTitle("Search · Pactwatch")
@Menu(title = "Search", order = 10, icon = "vaadin:search")
@RolesAllowed({Role.Names.ANALYST, Role.Names.STRATEGIST, Role.Names.REGULATOR})
public class SearchView extends VerticalLayout implements BeforeEnterObserver {

    static final int PAGE_SIZE = 20;
    private static final Map<String, String> FACET_TITLES = Map.of(
            "company", "Company", "type", "Deal type", "year", "Year", "sourceKind", "Source kind", "status", "Status");

    private final SearchService search;
    private final SavedSearchService savedSearches;
    private final String user;

    private final TextField query = new TextField();
    private final RadioButtonGroup<SearchRequest.Target> target = new RadioButtonGroup<>();
    private final Select<SearchRequest.Sort> sort = new Select<>();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Div error = new Div();
    private final Div selected = new Div();
    private final VerticalLayout facets = new VerticalLayout();
    private final VerticalLayout results = new VerticalLayout();
    private final Span summary = new Span();
    private final HorizontalLayout pager = new HorizontalLayout();

    private SearchRequest current = SearchRequest.of("", SearchRequest.Target.DEALS);
    private int page;

    public SearchView(SearchService search, SavedSearchService savedSearches, AuthenticationContext authentication) {
        this.search = search;
        this.savedSearches = savedSearches;
        this.user = Viewer.of(authentication).name();
        setSizeFull();

        query.setId("search-query");
        query.setPlaceholder("e.g. anthropic AND type:investment, \"compute capacity\", amount_usd:[1e9 TO *]");
        query.setWidthFull();
        query.setClearButtonVisible(true);
        query.setAriaLabel("Search query (Lucene syntax)");
        query.addKeyPressListener(Key.ENTER, e -> submit());
        Button go = new Button("Search", e -> submit());
        go.setId("search-button");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button save = new Button("Save search…", e -> openSaveDialog());
        save.setId("save-search");
        HorizontalLayout box = new HorizontalLayout(query, go, save);
        box.setWidthFull();
        box.expand(query);

        target.setId("search-target");
        target.setLabel("Search in");
        target.setItems(SearchRequest.Target.DEALS, SearchRequest.Target.DOCUMENTS);
        target.setItemLabelGenerator(t -> t == SearchRequest.Target.DEALS ? "Deals" : "Documents");
        target.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                submit();
            }
        });
        sort.setId("search-sort");
        sort.setLabel("Sort");
        sort.setItems(SearchRequest.Sort.values());
        sort.setItemLabelGenerator(s -> switch (s) {
            case RELEVANCE -> "Relevance";
            case DATE -> "Newest first";
            case AMOUNT -> "Largest amount first";
        });
        sort.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                submit();
            }
        });
        from.setId("search-from");
        to.setId("search-to");
        from.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                submit();
            }
        });
        to.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                submit();
            }
        });
        HorizontalLayout options = new HorizontalLayout(target, sort, from, to);
        options.setAlignItems(FlexComponent.Alignment.BASELINE);

        error.setId("search-error");
        error.addClassName("pw-error");
        error.setVisible(false);
        selected.setId("search-selected");
        selected.addClassName("pw-chips");
        summary.setId("search-summary");
        summary.addClassName("pw-muted");

        facets.setId("search-facets");
        facets.getElement().setAttribute("role", "region");
        facets.getElement().setAttribute("aria-label", "Refine the results");
        facets.setPadding(false);
        facets.setWidth("18rem");
        facets.getStyle().set("flex-shrink", "0");
        results.setId("search-results");
        results.setPadding(false);
        HorizontalLayout body = new HorizontalLayout(facets, new VerticalLayout(summary, results, pager));
        body.setWidthFull();

        add(new H1("Search"), box, new Paragraph(help()), options, error, selected, body);
    }

    private static String help() {
        return "Lucene syntax: phrases in quotes, AND / OR / NOT, field:value (company, type, status, source_kind, "
                + "review_state, publisher, title, body), wildcards, ranges such as amount_usd:[1e9 TO *] or "
                + "published:[2023-01-01 TO 2023-12-31].";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        try {
            current = SearchParameters.parse(parameters);
            page = Math.max(0, intParameter(parameters, "page") - 1);
        } catch (InvalidQueryException e) {
            current = SearchRequest.of("", SearchRequest.Target.DEALS);
            page = 0;
            showError(e.getMessage());
            fill();
            return;
        }
        fill();
        run();
    }

    private void fill() {
        query.setValue(current.query() == null ? "" : current.query());
        target.setValue(current.target());
        sort.setValue(current.sort() == null ? SearchRequest.Sort.RELEVANCE : current.sort());
        from.setValue(current.from());
        to.setValue(current.to());
        renderSelected();
    }

    private void run() {
        results.removeAll();
        facets.removeAll();
        pager.removeAll();
        summary.setText("");
        SearchResult result;
        try {
            result = search.search(current.withPage(page * PAGE_SIZE, PAGE_SIZE));
        } catch (InvalidQueryException e) {
            showError(e.getMessage());
            return;
        }
        error.setVisible(false);
        summary.setText("%,d %s · %d ms"
                .formatted(
                        result.total(),
                        current.target() == SearchRequest.Target.DEALS ? "deals" : "documents",
                        result.tookMillis()));
        result.facets().forEach(this::renderFacet);
        if (result.items().isEmpty()) {
            results.add(new Paragraph("Nothing found. Remove a filter or try a broader query."));
        }
        result.items().forEach(hit -> results.add(SearchHitCard.of(hit)));
        renderPager(result.total());
    }

    private void showError(String message) {
        error.removeAll();
        error.add(new Span("Cannot search: " + message));
        error.setVisible(true);
        results.removeAll();
        facets.removeAll();
        pager.removeAll();
        summary.setText("");
    }

    private void renderFacet(String dimension, Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return;
        }
        VerticalLayout group = new VerticalLayout();
        group.setPadding(false);
        group.setSpacing(false);
        H2 title = new H2(FACET_TITLES.getOrDefault(dimension, dimension));
        title.addClassName("pw-facet-title");
        group.add(title);
        List<String> active = current.facets().getOrDefault(dimension, List.of());
        counts.forEach((value, count) -> {
            Button item = new Button(value + " (" + count + ")", e -> toggleFacet(dimension, value));
            item.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            item.getElement().setAttribute("data-facet", dimension);
            item.getElement().setAttribute("data-value", value);
            if (active.contains(value)) {
                item.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            group.add(item);
        });
        facets.add(group);
    }

    private void renderSelected() {
        selected.removeAll();
        current.facets()
                .forEach((dimension, values) -> values.forEach(value -> {
                    Button chip = new Button(
                            FACET_TITLES.getOrDefault(dimension, dimension) + ": " + value + " ✕",
                            e -> toggleFacet(dimension, value));
                    chip.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
                    chip.addClassName("pw-chip");
                    chip.setAriaLabel(
                            "Remove filter " + FACET_TITLES.getOrDefault(dimension, dimension) + ": " + value);
                    selected.add(chip);
                }));
    }

    private void renderPager(long total) {
        long pages = Math.min((total + PAGE_SIZE - 1) / PAGE_SIZE, 10_000 / PAGE_SIZE);
        if (pages <= 1) {
            return;
        }
        Button previous = new Button("Previous", e -> goToPage(page - 1));
        previous.setId("search-previous");
        previous.setEnabled(page > 0);
        Button next = new Button("Next", e -> goToPage(page + 1));
        next.setEnabled(page + 1 < pages);
        next.setId("search-next");
        pager.add(previous, new Span("Page " + (page + 1) + " of " + pages), next);
        pager.setAlignItems(FlexComponent.Alignment.BASELINE);
    }

    private void toggleFacet(String dimension, String value) {
        Map<String, List<String>> facetsNow = new LinkedHashMap<>();
        current.facets().forEach((d, v) -> facetsNow.put(d, new ArrayList<>(v)));
        List<String> values = facetsNow.computeIfAbsent(dimension, d -> new ArrayList<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        if (values.isEmpty()) {
            facetsNow.remove(dimension);
        }
        navigate(fromFields().withFacets(facetsNow), 0);
    }

    private void submit() {
        navigate(fromFields(), 0);
    }

    private void goToPage(int newPage) {
        navigate(current, newPage);
    }

    private SearchRequest fromFields() {
        return new SearchRequest(
                query.getValue().strip(),
                target.getValue() == null ? SearchRequest.Target.DEALS : target.getValue(),
                current.facets(),
                from.getValue(),
                to.getValue(),
                sort.getValue(),
                0,
                PAGE_SIZE);
    }

    private void navigate(SearchRequest request, int newPage) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(SearchParameters.format(request));
        if (newPage > 0) {
            parameters.put("page", List.of(String.valueOf(newPage + 1)));
        }
        UI.getCurrent().navigate(SearchView.class, new QueryParameters(parameters));
    }

    private void openSaveDialog() {
        SearchRequest request = fromFields();
        Dialog dialog = new Dialog("Save this search");
        TextField name = new TextField("Name");
        name.setId("saved-search-name");
        name.setWidth("24rem");
        name.setMaxLength(SavedSearchService.MAX_NAME_LENGTH);
        name.setValue(request.query().length() > 60 ? request.query().substring(0, 60) : request.query());
        Paragraph explain = new Paragraph("New deals that match it raise a notification (the bell at the top) and "
                + "appear in its Atom feed — see Saved searches.");
        Button save = new Button("Save", e -> {
            boolean ok = Messages.run(() -> {
                savedSearches.save(user, name.getValue(), request);
                Messages.success("Saved. New matching deals will raise an alert.");
            });
            if (ok) {
                dialog.close();
            }
        });
        save.setId("saved-search-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, explain, new Anchor("saved-searches", "Your saved searches")));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private static int intParameter(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        if (values == null || values.isEmpty()) {
            return 1;
        }
        try {
            return Integer.parseInt(values.getFirst().strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
