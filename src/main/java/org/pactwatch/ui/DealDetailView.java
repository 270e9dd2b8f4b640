package org.pactwatch.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pactwatch.company.CompanyService;
import org.pactwatch.deal.DealFilter;
import org.pactwatch.deal.DealQueries;
import org.pactwatch.deal.DealService;
import org.pactwatch.deal.DealSort;
import org.pactwatch.deal.DealSummary;
import org.pactwatch.deal.DealView;
import org.pactwatch.deal.ReportedAmount;
import org.pactwatch.security.Role;
import org.pactwatch.ui.internal.DocumentTexts;

/**
 * One deal: every field, each evidence sentence marked inside its source document, links to the sources and the
 * parties' other deals. Analysts review it here (confirm, edit, reject, merge, split); others read only.
 */
@Route("deals/:id")
@PageTitle("Deal · Pactwatch")
@RolesAllowed({Role.Names.ANALYST, Role.Names.STRATEGIST, Role.Names.REGULATOR})
public class DealDetailView extends VerticalLayout implements BeforeEnterObserver {

    private final DealQueries queries;
    private final DealService review;
    private final CompanyService companies;
    private final DocumentTexts documents;
    private final Viewer viewer;

    public DealDetailView(
            DealQueries queries,
            DealService review,
            CompanyService companies,
            DocumentTexts documents,
            AuthenticationContext authentication) {
        this.queries = queries;
        this.review = review;
        this.companies = companies;
        this.documents = documents;
        this.viewer = Viewer.of(authentication);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteId.of(event)
                .ifPresentOrElse(
                        id -> queries.view(id)
                                .ifPresentOrElse(this::render, () -> showMissing("There is no deal " + id + ".")),
                        () -> showMissing("That is not a deal number."));
    }

    private void showMissing(String message) {
        removeAll();
        Paragraph text = new Paragraph(message);
        text.setId("deal-missing");
        add(new H1("Deal not found"), text, new Anchor("deals", "All deals"));
    }

    private void render(DealView deal) {
        removeAll();
        H1 title = new H1(party(deal.payer()) + " → " + party(deal.payee()));
        title.setId("deal-title");
        Span state = new Span(deal.reviewState().name());
        state.setId("deal-review-state");
        state.getElement().getThemeList().add("badge");
        if (deal.reviewState().name().equals("REJECTED")) {
            state.getElement().getThemeList().add("error");
        }
        add(new HorizontalLayout(title, state));
        if (viewer.canEdit()) {
            add(reviewBar(deal));
        } else {
            Span readOnly = new Span("Read-only: reviewing deals needs the ANALYST role.");
            readOnly.setId("deal-read-only");
            readOnly.addClassName("pw-muted");
            add(readOnly);
        }
        add(fields(deal));
        if (!deal.terms().isEmpty()) {
            add(new H2("Terms"), terms(deal));
        }
        if (!deal.tranches().isEmpty()) {
            add(new H2("Tranches"), tranches(deal));
        }
        add(new H2("Evidence in the sources (" + deal.sources().size() + ")"));
        evidence(deal).forEach(this::add);
        add(new H2("The parties' other deals"), otherDeals(deal));
    }

    private HorizontalLayout reviewBar(DealView deal) {
        Button confirm = new Button("Confirm", e -> act(() -> review.confirm(deal.id(), viewer.name())));
        confirm.setId("deal-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        Button edit = new Button(
                "Edit…",
                e -> new DealEditor(
                                deal, companies, changes -> act(() -> review.edit(deal.id(), changes, viewer.name())))
                        .open());
        edit.setId("deal-edit");
        Button reject = new Button("Reject", e -> act(() -> review.reject(deal.id(), viewer.name())));
        reject.setId("deal-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button merge = new Button(
                "Merge another deal into this…",
                e -> DealReviewDialogs.merge(deal, source -> {
                    if (Messages.run(() -> review.merge(deal.id(), source, viewer.name()))) {
                        Messages.success("Deal " + source + " was merged into this one.");
                        RouteId.open(DealDetailView.class, deal.id());
                    }
                }));
        merge.setId("deal-merge");
        Button split = new Button(
                "Split…",
                e -> DealReviewDialogs.split(deal, documentIds -> {
                    DealView[] created = new DealView[1];
                    if (Messages.run(() -> created[0] = review.split(deal.id(), documentIds, viewer.name()))) {
                        Messages.success("Split: the chosen sources are now deal " + created[0].id() + ".");
                        RouteId.open(DealDetailView.class, created[0].id());
                    }
                }));
        split.setId("deal-split");
        split.setEnabled(deal.sources().size() > 1);
        return new HorizontalLayout(confirm, edit, reject, merge, split);
    }

    private boolean act(Runnable action) {
        if (Messages.run(action)) {
            Messages.success("Saved and written to the audit log.");
            UI.getCurrent().getPage().reload();
            return true;
        }
        return false;
    }

    private Div fields(DealView d) {
        Map<String, Object> rows = new LinkedHashMap<>();
        rows.put("Deal", "#" + d.id());
        rows.put("Type", d.type());
        rows.put("Status", d.status());
        rows.put("Payer", partyLink(d.payer()));
        rows.put("Payer as written", d.payer() == null ? null : d.payer().mention());
        rows.put("Payee", partyLink(d.payee()));
        rows.put("Payee as written", d.payee() == null ? null : d.payee().mention());
        if (d.amount() != null) {
            rows.put("Amount as written", d.amount().text());
            rows.put("Qualifier", d.amount().qualifier());
            rows.put("Currency", d.amount().currency());
            rows.put("Value", plain(d.amount().value()));
            rows.put("Minimum", plain(d.amount().min()));
            rows.put("Maximum", plain(d.amount().max()));
            rows.put(
                    "USD",
                    d.amount().usd() == null
                            ? null
                            : Format.usd(d.amount().usd()) + " ("
                                    + d.amount().usd().toPlainString() + ")");
        } else {
            rows.put("Amount", "not stated");
        }
        if (ReportedAmount.disagree(d.reportedAmounts())) {
            rows.put("Sources disagree on the amount", ReportedAmount.spread(d.reportedAmounts()));
        }
        rows.put("Term", d.termMonths() == null ? null : d.termMonths() + " months");
        rows.put("Date", d.date());
        rows.put("Announced", d.announcedDate());
        rows.put("Closed", d.closedDate());
        rows.put("Confidence", Format.percent(d.confidence()));
        rows.put("Cumulative figure", d.cumulative() ? "yes" : "no");
        rows.put(
                "Review",
                d.reviewState()
                        + (d.reviewedBy() == null
                                ? ""
                                : " by " + d.reviewedBy() + " at " + Format.instant(d.reviewedAt())));
        rows.put("Last change", Format.instant(d.updatedAt()));
        Div grid = new Div();
        grid.setId("deal-fields");
        grid.addClassName("pw-fields");
        rows.forEach((label, value) -> {
            Span name = new Span(label);
            name.addClassName("pw-label");
            Component shown = value instanceof Component c ? c : new Span(value == null ? "—" : value.toString());
            shown.getElement().setAttribute("data-field", label);
            grid.add(name, shown);
        });
        return grid;
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static Component partyLink(DealView.Party party) {
        if (party == null) {
            return new Span("not named");
        }
        String label = party.name() + (party.parent() == null ? "" : " (part of " + party.parent() + ")");
        return party.id() == null ? new Span(label) : new Anchor("companies/" + party.id(), label);
    }

    private static String party(DealView.Party party) {
        return party == null || party.name() == null ? "?" : party.name();
    }

    private static Div terms(DealView d) {
        Div list = new Div();
        list.setId("deal-terms");
        for (DealView.Term term : d.terms()) {
            Div row = new Div(new Span(term.kind() + ": " + term.value()));
            if (term.evidence() != null) {
                Span sentence = new Span(" — “" + term.evidence().text() + "”");
                sentence.addClassName("pw-muted");
                row.add(sentence);
            }
            list.add(row);
        }
        return list;
    }

    private static Div tranches(DealView d) {
        Div list = new Div();
        for (DealView.Tranche t : d.tranches()) {
            String amount = t.amount() == null
                    ? ""
                    : Objects.requireNonNullElse(t.amount().text(), "");
            list.add(new Div(new Span(amount + " " + Format.date(t.date()) + " "
                    + (t.status() == null ? "" : t.status().name()))));
        }
        return list;
    }

    private List<Component> evidence(DealView deal) {
        List<Component> sections = new ArrayList<>();
        Map<Long, List<DealView.Evidence>> byDocument = new LinkedHashMap<>();
        deal.evidence()
                .forEach(e -> byDocument
                        .computeIfAbsent(e.documentId(), k -> new ArrayList<>())
                        .add(e));
        int index = 0;
        for (DealView.Source source : deal.sources()) {
            Div section = new Div();
            section.addClassName("pw-source");
            section.getElement().setAttribute("data-document", String.valueOf(source.documentId()));
            String title = source.title() == null || source.title().isBlank()
                    ? "Document " + source.documentId()
                    : source.title();
            Anchor link = source.url() != null && source.url().matches("(?i)https?://.*")
                    ? new Anchor(source.url(), title, AnchorTarget.BLANK)
                    : new Anchor("documents/" + source.documentId(), title);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            Span meta = new Span(" "
                    + String.join(" · ", nonNull(source.publisher(), Format.date(source.published()), source.kind())));
            meta.addClassName("pw-muted");
            section.add(new H3(link), meta);
            List<DealView.Evidence> spans = byDocument.getOrDefault(source.documentId(), List.of());
            Div text = new Div();
            text.addClassName("pw-document-text");
            var excerpt = documents.excerpt(source.documentId(), spans);
            if (excerpt.isPresent()) {
                var e = excerpt.get();
                if (e.cutBefore()) {
                    text.add(new Span("… "));
                }
                Highlighted.append(
                        text.getElement(),
                        e.text(),
                        e.ranges().stream()
                                .map(r -> new Highlighted.Range(r.begin(), r.end()))
                                .toList(),
                        "evidence-" + index + "-");
                if (e.cutAfter()) {
                    text.add(new Span(" …"));
                }
            } else {
                for (DealView.Evidence ev : spans) {
                    Highlighted.append(
                            text.getElement(),
                            ev.text() + " ",
                            List.of(new Highlighted.Range(0, ev.text().length())),
                            null);
                }
            }
            section.add(text);
            sections.add(section);
            index++;
        }
        if (deal.sources().isEmpty()) {
            sections.add(new Paragraph("No source documents are linked to this deal."));
        }
        return sections;
    }

    private static List<String> nonNull(String... values) {
        return java.util.Arrays.stream(values)
                .filter(v -> v != null && !v.isBlank())
                .toList();
    }

    private Component otherDeals(DealView deal) {
        VerticalLayout list = new VerticalLayout();
        list.setId("deal-other-deals");
        list.setPadding(false);
        for (DealView.Party party : List.of(
                Objects.requireNonNullElse(deal.payer(), new DealView.Party(null, null, null, null)),
                Objects.requireNonNullElse(deal.payee(), new DealView.Party(null, null, null, null)))) {
            if (party.id() == null) {
                continue;
            }
            List<DealSummary> others =
                    queries
                            .find(DealFilter.all().withCompany(party.id()), DealSort.newestFirst(), 0, 11)
                            .items()
                            .stream()
                            .filter(s -> s.id() != deal.id())
                            .limit(10)
                            .toList();
            list.add(new H3(party.name()));
            if (others.isEmpty()) {
                list.add(new Span("No other deals."));
            }
            for (DealSummary s : others) {
                Anchor a = new Anchor(
                        "deals/" + s.id(),
                        (s.payerName() == null ? "?" : s.payerName()) + " → "
                                + (s.payeeName() == null ? "?" : s.payeeName()) + " · " + s.type() + " · "
                                + DealsView.amount(s) + " · " + Format.date(s.date()));
                list.add(a);
            }
            Anchor all = new Anchor("deals?company=" + party.id(), "All deals of " + party.name());
            all.addClassName("pw-muted");
            list.add(all);
        }
        return list;
    }
}
