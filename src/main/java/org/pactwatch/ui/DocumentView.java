package org.pactwatch.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.NoSuchElementException;
import org.pactwatch.deal.DealQueries;
import org.pactwatch.deal.DealView;
import org.pactwatch.ingest.DocumentDetail;
import org.pactwatch.ingest.DocumentService;
import org.pactwatch.security.Role;

/** One stored document: where it came from, its text, and the deals extracted from it. */
@Route("documents/:id")
@PageTitle("Document · Pactwatch")
@RolesAllowed({Role.Names.ANALYST, Role.Names.STRATEGIST, Role.Names.REGULATOR})
public class DocumentView extends VerticalLayout implements BeforeEnterObserver {

    private final DocumentService documents;
    private final DealQueries deals;

    public DocumentView(DocumentService documents, DealQueries deals) {
        this.documents = documents;
        this.deals = deals;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        DocumentDetail d;
        try {
            d = documents.get(RouteId.of(event).orElseThrow());
        } catch (NoSuchElementException e) {
            add(new H1("Document not found"), new Anchor("search?type=documents", "Search documents"));
            return;
        }
        H1 title = new H1(d.title() == null || d.title().isBlank() ? "Document " + d.id() : d.title());
        title.setId("document-title");
        add(title);
        Span meta = new Span(String.join(
                " · ",
                java.util.stream.Stream.of(
                                d.kind() == null ? null : d.kind().name(),
                                d.publisher(),
                                Format.date(d.publishedDate()),
                                d.filingForm(),
                                d.filingCompany())
                        .filter(s -> s != null && !s.isBlank())
                        .toList()));
        meta.addClassName("pw-muted");
        add(meta);
        if (d.url() != null && d.url().matches("(?i)https?://.*")) {
            Anchor source = new Anchor(d.url(), d.url(), AnchorTarget.BLANK);
            source.getElement().setAttribute("rel", "noopener noreferrer");
            add(source);
        }
        add(new H2("Deals extracted from it"));
        var ids = deals.dealsOfDocument(d.id());
        if (ids.isEmpty()) {
            add(new Span("None."));
        }
        for (DealView deal : deals.views(ids)) {
            add(new Anchor("deals/" + deal.id(), org.pactwatch.alert.DealHeadline.of(deal)));
        }
        add(new H2("Text"));
        Div text = new Div(new Span(d.text()));
        text.setId("document-text");
        text.addClassName("pw-document-text");
        add(text);
    }
}
