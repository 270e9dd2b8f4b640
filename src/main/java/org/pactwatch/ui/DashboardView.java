package org.pactwatch.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.pactwatch.ui.internal.OverviewService;
import org.pactwatch.ui.internal.OverviewService.Overview;

/** Home: live counts of documents, deals, companies and the last ingest. */
@Route("")
@PageTitle("Dashboard · Pactwatch")
@Menu(title = "Dashboard", order = 0, icon = "vaadin:dashboard")
@PermitAll
public class DashboardView extends VerticalLayout {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final OverviewService overviewService;
    private final FlexLayout cards = new FlexLayout();
    private Thread refresher;

    public DashboardView(OverviewService overviewService) {
        this.overviewService = overviewService;
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        cards.setId("dashboard-cards");
        add(
                new H1("Dashboard"),
                new Paragraph(
                        "Deals between Big Tech, AI labs, chip makers and clouds — extracted from news and filings."),
                cards);
        render(overviewService.overview());
    }

    private void render(Overview overview) {
        cards.removeAll();
        cards.add(
                card("documents", "Documents", String.valueOf(overview.documents())),
                card("deals", "Deals", String.valueOf(overview.deals())),
                card("companies", "Companies", String.valueOf(overview.companies())),
                card("sources", "Sources", String.valueOf(overview.sources())),
                card(
                        "last-ingest",
                        "Last ingest",
                        overview.lastIngest().map(TIME::format).orElse("never")));
    }

    private static Div card(String id, String label, String value) {
        Span number = new Span(value);
        number.addClassName("pw-value");
        Span caption = new Span(label);
        caption.addClassName("pw-label");
        Div card = new Div(number, new Div(caption));
        card.addClassName("pw-card");
        card.setId("card-" + id);
        return card;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        var ui = event.getUI();
        refresher = Thread.ofVirtual().start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(5_000);
                    Overview overview = overviewService.overview();
                    ui.access(() -> render(overview));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (refresher != null) {
            refresher.interrupt();
        }
    }
}
