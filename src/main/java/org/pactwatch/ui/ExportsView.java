package org.pactwatch.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.pactwatch.report.ExportFile;
import org.pactwatch.report.ExportFormat;
import org.pactwatch.report.ExportRecord;
import org.pactwatch.report.ExportScope;
import org.pactwatch.report.ExportService;
import org.pactwatch.report.InvalidExportException;
import org.pactwatch.security.Role;

/**
 * Exports: choose a scope (companies, or one company's every relationship; a period) and a format,
 * preview the tie-up summary, export it, and download past exports again. The scope can be prefilled
 * from the URL: {@code /exports?company=Amazon&company=Anthropic&from=2023-01-01&format=PDF}.
 */
@Route("exports")
@PageTitle("Exports · Pactwatch")
@Menu(title = "Exports", order = 60, icon = "vaadin:file-text-o")
@RolesAllowed(Role.Names.REGULATOR)
public class ExportsView extends VerticalLayout implements BeforeEnterObserver {

    private static final String BETWEEN = "Relationships between companies";
    private static final String ALL = "All relationships of one company";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final ExportService exports;
    private final String actor;
    private final RadioButtonGroup<String> mode = new RadioButtonGroup<>("Scope");
    private final MultiSelectComboBox<String> companies = new MultiSelectComboBox<>("Companies");
    private final ComboBox<String> company = new ComboBox<>("Company");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Select<ExportFormat> format = new Select<>();
    private final Div preview = new Div();
    private final Div result = new Div();
    private final Grid<ExportRecord> history = new Grid<>(ExportRecord.class, false);

    public ExportsView(ExportService exports, AuthenticationContext authentication) {
        this.exports = exports;
        this.actor = Viewer.of(authentication).name();
        setId("exports-view");

        List<String> names = exports.companyNames();
        mode.setItems(BETWEEN, ALL);
        mode.setValue(BETWEEN);
        mode.setId("export-mode");
        mode.addValueChangeListener(e -> showCompanyPicker());
        companies.setItems(names);
        companies.setId("export-companies");
        companies.setPlaceholder("Type to search, e.g. Amazon");
        companies.setWidth("28rem");
        company.setItems(names);
        company.setId("export-company");
        company.setWidth("20rem");
        from.setId("export-from");
        to.setId("export-to");
        format.setLabel("Format");
        format.setItems(ExportFormat.values());
        format.setValue(ExportFormat.PDF);
        format.setId("export-format");

        Button previewButton = new Button("Preview", e -> preview());
        previewButton.setId("export-preview-button");
        Button exportButton = new Button("Export and download", e -> export());
        exportButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        exportButton.setId("export-button");

        HorizontalLayout scope = new HorizontalLayout(companies, company, from, to, format);
        scope.setAlignItems(FlexComponent.Alignment.BASELINE);
        scope.setWrap(true);
        preview.setId("export-preview");
        preview.addClassName("pw-preview");
        preview.setWidthFull();
        result.setId("export-result");

        configureHistory();
        add(
                new H1("Exports"),
                new Paragraph("Evidence-grade tie-up summaries: every fact cites its sentence, the document's URL and "
                        + "publisher, publication and retrieval dates and the SHA-256 of the stored text. "
                        + "Analyst-rejected deals are left out; unreviewed ones are marked."),
                mode,
                scope,
                new HorizontalLayout(previewButton, exportButton),
                result,
                preview,
                new H2("Past exports"),
                history);
        showCompanyPicker();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        List<String> named = parameters.getOrDefault("company", List.of());
        if (named.size() == 1) {
            mode.setValue(ALL);
            company.setValue(named.getFirst());
        } else if (!named.isEmpty()) {
            mode.setValue(BETWEEN);
            companies.setValue(new LinkedHashSet<>(named));
        }
        from.setValue(date(parameters.getOrDefault("from", List.of())));
        to.setValue(date(parameters.getOrDefault("to", List.of())));
        parameters.getOrDefault("format", List.of()).stream().findFirst().ifPresent(f -> {
            try {
                format.setValue(ExportFormat.parse(f));
            } catch (InvalidExportException ignored) {
                // an unknown format in a shared link keeps the default
            }
        });
    }

    private static LocalDate date(List<String> values) {
        try {
            return values.isEmpty() ? null : LocalDate.parse(values.getFirst());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void showCompanyPicker() {
        boolean between = BETWEEN.equals(mode.getValue());
        companies.setVisible(between);
        company.setVisible(!between);
    }

    private ExportScope scope() {
        List<String> chosen = BETWEEN.equals(mode.getValue())
                ? List.copyOf(companies.getValue())
                : company.getValue() == null ? List.of() : List.of(company.getValue());
        return new ExportScope(chosen.stream().sorted().toList(), from.getValue(), to.getValue());
    }

    private void preview() {
        run(() -> {
            preview.removeAll();
            preview.add(new Html(exports.previewHtml(scope())));
        });
    }

    private void export() {
        run(() -> {
            ExportFile file = exports.export(actor, scope(), format.getValue());
            result.removeAll();
            Anchor link = download(file.id(), "Download " + file.fileName());
            link.setId("export-download");
            Span hash = new Span("SHA-256 " + file.sha256());
            hash.addClassName("pw-hash");
            hash.setId("export-sha256");
            result.add(new VerticalLayout(link, hash));
            history.getDataProvider().refreshAll();
        });
    }

    private void configureHistory() {
        history.setId("export-history");
        history.addColumn(r -> WHEN.format(r.createdAt())).setHeader("When").setAutoWidth(true);
        history.addColumn(ExportRecord::createdBy).setHeader("Who").setAutoWidth(true);
        history.addColumn(r -> describe(r.scope())).setHeader("Scope").setFlexGrow(1);
        history.addColumn(r -> r.format().name()).setHeader("Format").setAutoWidth(true);
        history.addColumn(r -> r.sha256().substring(0, 16) + "…")
                .setHeader("SHA-256")
                .setAutoWidth(true);
        history.addComponentColumn(r -> download(r.id(), r.fileName()))
                .setHeader("File")
                .setAutoWidth(true);
        history.setItems(query -> exports.list(query.getOffset(), query.getLimit()).stream());
        history.setHeight("20rem");
    }

    private Anchor download(long id, String text) {
        Anchor anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    ExportFile file = exports.find(id)
                            .orElseThrow(() -> new IllegalStateException("export " + id + " no longer exists"));
                    return new DownloadResponse(
                            new ByteArrayInputStream(file.content()),
                            file.fileName(),
                            file.contentType(),
                            file.content().length);
                }),
                text);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    private static String describe(ExportScope scope) {
        Set<String> parts = new LinkedHashSet<>(scope.companies());
        String period = (scope.from() == null ? "any" : scope.from().toString()) + " – "
                + (scope.to() == null ? "any" : scope.to().toString());
        return String.join(", ", parts) + " · " + period;
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (InvalidExportException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
