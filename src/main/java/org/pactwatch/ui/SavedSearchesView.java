package org.pactwatch.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.pactwatch.alert.AlertNotification;
import org.pactwatch.alert.FeedLink;
import org.pactwatch.alert.SavedSearch;
import org.pactwatch.alert.SavedSearchService;
import org.pactwatch.security.Role;

/** The user's saved searches with their feed links, and the alerts they raised. */
@Route("saved-searches")
@PageTitle("Saved searches · Pactwatch")
@Menu(title = "Saved searches", order = 15, icon = "vaadin:bell")
@RolesAllowed({Role.Names.ANALYST, Role.Names.STRATEGIST, Role.Names.REGULATOR})
public class SavedSearchesView extends VerticalLayout {

    static final int ALERTS_SHOWN = 100;

    private final SavedSearchService savedSearches;
    private final String user;
    private final Grid<SavedSearch> grid = new Grid<>(SavedSearch.class, false);
    private final VerticalLayout alerts = new VerticalLayout();

    public SavedSearchesView(SavedSearchService savedSearches, AuthenticationContext authentication) {
        this.savedSearches = savedSearches;
        this.user = Viewer.of(authentication).name();
        grid.setId("saved-searches-grid");
        grid.addComponentColumn(s -> new Anchor(searchUrl(s), s.name())).setHeader("Name");
        grid.addColumn(SavedSearch::query).setHeader("Search");
        grid.addColumn(SavedSearch::unread).setHeader("New alerts");
        grid.addColumn(s -> s.feedActive() ? "active" : "none").setHeader("Feed link");
        grid.addColumn(s -> Format.instant(s.createdAt())).setHeader("Saved");
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
        grid.setAllRowsVisible(true);

        alerts.setId("alerts");
        alerts.setPadding(false);
        Button markRead = new Button("Mark all as read", e -> {
            savedSearches.markAllRead(user);
            refresh();
            getUI().ifPresent(ui -> ui.getPage().reload());
        });
        markRead.setId("alerts-mark-read");
        add(
                new H1("Saved searches"),
                new Paragraph("Save a search from the Search view. When newly extracted deals match it, you get an "
                        + "alert here and under the bell, and the deal appears in the search's Atom feed."),
                grid,
                new HorizontalLayout(new H2("Alerts"), markRead),
                alerts);
        refresh();
    }

    private static String searchUrl(SavedSearch s) {
        return "search" + (s.query().isEmpty() ? "" : "?" + s.query());
    }

    private HorizontalLayout actions(SavedSearch s) {
        Button feed = new Button(
                s.feedActive() ? "New feed link" : "Create feed link",
                e -> Messages.run(() -> {
                    showFeedLink(savedSearches.newFeedLink(user, s.id()));
                    refresh();
                }));
        feed.getElement().setAttribute("data-action", "feed");
        Button revoke = new Button(
                "Revoke feed",
                e -> Messages.run(() -> {
                    savedSearches.revokeFeedLink(user, s.id());
                    refresh();
                }));
        revoke.setEnabled(s.feedActive());
        Button delete = new Button(
                "Delete",
                e -> Messages.run(() -> {
                    savedSearches.delete(user, s.id());
                    refresh();
                }));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : new Button[] {feed, revoke, delete}) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(feed, revoke, delete);
    }

    private void showFeedLink(FeedLink link) {
        Dialog dialog = new Dialog("Atom feed link");
        TextField url = new TextField("Add this URL to your feed reader — it is shown only now");
        url.setId("feed-url");
        url.setReadOnly(true);
        url.setWidth("44rem");
        url.setValue(baseUrl() + link.path());
        dialog.add(url, new Paragraph("Anyone with the link can read the feed; revoke it here when needed."));
        dialog.getFooter().add(new Button("Done", e -> dialog.close()));
        dialog.open();
    }

    private static String baseUrl() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return "";
        }
        String scheme = request.isSecure() ? "https" : "http";
        String host = request.getHeader("Host");
        return host == null ? "" : scheme + "://" + host + request.getContextPath();
    }

    private void refresh() {
        grid.setItems(savedSearches.list(user));
        alerts.removeAll();
        var list = savedSearches.notifications(user, ALERTS_SHOWN);
        if (list.isEmpty()) {
            alerts.add(new Span("No alerts yet."));
        }
        for (AlertNotification n : list) {
            Span when = new Span(Format.instant(n.createdAt()) + " ");
            when.addClassName("pw-muted");
            Anchor message = n.dealId() == null ? new Anchor() : new Anchor("deals/" + n.dealId(), n.message());
            if (n.dealId() == null) {
                message.setText(n.message());
            }
            HorizontalLayout row = new HorizontalLayout(when, message);
            row.addClassName(n.read() ? "pw-alert-read" : "pw-alert-unread");
            row.getElement().setAttribute("data-deal", String.valueOf(n.dealId()));
            alerts.add(row);
        }
    }
}
