package org.pactwatch.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.pactwatch.ingest.JobRun;
import org.pactwatch.ingest.JobService;
import org.pactwatch.ingest.Source;
import org.pactwatch.ingest.SourceKind;
import org.pactwatch.ingest.SourceRequest;
import org.pactwatch.ingest.SourceService;
import org.pactwatch.security.Role;

/**
 * Sources & Jobs: the sources ingest reads (add, edit, delete, run now) and their job runs with live progress
 * (server push), cancel, retry of failed documents and error samples. All logic lives in the ingest services.
 */
@Route("sources")
@PageTitle("Sources & Jobs · Pactwatch")
@Menu(title = "Sources & Jobs", order = 70, icon = "vaadin:download")
@RolesAllowed(Role.Names.ANALYST)
public class SourcesView extends VerticalLayout {

    private static final List<SourceKind> EDITABLE = List.of(
            SourceKind.FEED,
            SourceKind.WEB,
            SourceKind.SITEMAP,
            SourceKind.EDGAR,
            SourceKind.EDGAR_SEARCH,
            SourceKind.FOLDER);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private static final int JOBS_SHOWN = 50;

    private final SourceService sources;
    private final JobService jobs;
    private final String actor;
    private final Grid<Source> sourceGrid = new Grid<>(Source.class, false);
    private final Grid<JobRun> jobGrid = new Grid<>(JobRun.class, false);
    private List<JobRun> shownJobs = List.of();
    private Thread poller;

    public SourcesView(SourceService sources, JobService jobs, AuthenticationContext authentication) {
        this.sources = sources;
        this.jobs = jobs;
        this.actor = Viewer.of(authentication).name();
        setSizeFull();

        sourceGrid.setId("sources-grid");
        sourceGrid.addColumn(Source::name).setHeader("Name").setFlexGrow(2);
        sourceGrid.addColumn(Source::kind).setHeader("Kind");
        sourceGrid
                .addColumn(SourcesView::location)
                .setHeader("URL / CIK / path / query")
                .setFlexGrow(3);
        sourceGrid
                .addColumn(s -> s.schedule() == null ? "manual" : s.schedule())
                .setHeader("Schedule");
        sourceGrid.addColumn(s -> s.enabled() ? "on" : "off").setHeader("Enabled");
        sourceGrid.addComponentColumn(this::sourceActions).setHeader("Actions").setAutoWidth(true);
        sourceGrid.setAllRowsVisible(true);

        jobGrid.setId("jobs-grid");
        jobGrid.addColumn(JobRun::id).setHeader("Job").setAutoWidth(true);
        jobGrid.addColumn(JobRun::sourceName).setHeader("Source").setFlexGrow(2);
        jobGrid.addColumn(JobRun::status).setHeader("Status");
        jobGrid.addComponentColumn(SourcesView::progress).setHeader("Progress").setFlexGrow(2);
        jobGrid.addColumn(j -> j.seen() + (j.total() == null ? "" : " / " + j.total()))
                .setHeader("Seen");
        jobGrid.addColumn(JobRun::newCount).setHeader("New");
        jobGrid.addColumn(JobRun::duplicate).setHeader("Duplicate");
        jobGrid.addColumn(JobRun::failed).setHeader("Failed");
        jobGrid.addColumn(j -> j.startedAt() == null ? "" : TIME.format(j.startedAt()))
                .setHeader("Started");
        jobGrid.addColumn(j -> j.finishedAt() == null ? "" : TIME.format(j.finishedAt()))
                .setHeader("Finished");
        jobGrid.addComponentColumn(this::jobActions).setHeader("Actions").setAutoWidth(true);

        Button add = new Button("Add source", e -> openEditor(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-source");
        add(new H1("Sources & Jobs"), add, sourceGrid, new H2("Job runs"), jobGrid);
        refreshSources();
        refreshJobs();
    }

    private static String location(Source s) {
        return switch (s.kind()) {
            case EDGAR -> "CIK " + s.cik() + (s.url() == null ? "" : " @ " + s.url());
            case EDGAR_SEARCH -> "\"" + s.query() + "\"";
            case FOLDER -> s.path();
            case UPLOAD -> "POST /api/v1/documents";
            case SAMPLE -> "bundled corpus";
            default -> s.url();
        };
    }

    private static ProgressBar progress(JobRun job) {
        ProgressBar bar = new ProgressBar();
        double progress = job.progress();
        if (progress < 0) {
            bar.setIndeterminate(true);
        } else {
            bar.setValue(progress);
        }
        bar.setId("progress-" + job.id());
        bar.getElement()
                .setAttribute("aria-label", "Progress of job " + job.id() + (progress < 0 ? ", total unknown" : ""));
        return bar;
    }

    private HorizontalLayout sourceActions(Source source) {
        Button run = new Button(
                "Run now",
                e -> act(() -> {
                    JobRun queued = jobs.run(actor, source.id());
                    notify("Job " + queued.id() + " " + queued.status().name().toLowerCase());
                }));
        run.setId("run-" + source.id());
        run.setEnabled(source.kind() != SourceKind.UPLOAD);
        Button edit = new Button("Edit", e -> openEditor(source));
        edit.setEnabled(EDITABLE.contains(source.kind()));
        Button delete = new Button("Delete", e -> act(() -> sources.delete(actor, source.id())));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        for (Button b : List.of(run, edit, delete)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(run, edit, delete);
    }

    private HorizontalLayout jobActions(JobRun job) {
        HorizontalLayout actions = new HorizontalLayout();
        if (job.status().isActive()) {
            Button cancel = new Button("Cancel", e -> act(() -> jobs.cancel(actor, job.id())));
            cancel.setId("cancel-" + job.id());
            actions.add(cancel);
        } else if (job.failed() > 0) {
            Button retry = new Button(
                    "Retry failed",
                    e -> act(() -> {
                        JobRun queued = jobs.retryFailed(actor, job.id());
                        notify("Retry job " + queued.id() + " queued");
                    }));
            retry.setId("retry-" + job.id());
            actions.add(retry);
        }
        if (!job.errorSamples().isEmpty() || job.message() != null) {
            actions.add(new Button("Details", e -> showDetails(job)));
        }
        actions.getChildren().forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_SMALL));
        return actions;
    }

    private void showDetails(JobRun job) {
        Dialog dialog = new Dialog("Job " + job.id() + " · " + job.status());
        VerticalLayout body = new VerticalLayout();
        if (job.message() != null) {
            body.add(new Span(job.message()));
        }
        if (!job.errorSamples().isEmpty()) {
            body.add(new H2("Error samples"));
            body.add(new Pre(job.errorSamples().stream()
                    .map(s -> s.item() + "\n  " + s.error())
                    .collect(Collectors.joining("\n"))));
        }
        dialog.add(body);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.setWidth("min(90vw, 900px)");
        dialog.open();
    }

    private void openEditor(Source existing) {
        Dialog dialog = new Dialog(existing == null ? "Add source" : "Edit " + existing.name());
        Select<SourceKind> kind = new Select<>();
        kind.setLabel("Kind");
        kind.setItems(EDITABLE);
        kind.setId("source-kind");
        TextField name = field("Name", "source-name");
        TextField url = field("URL", "source-url");
        TextField cik = field("CIK", "source-cik");
        TextField path = field("Folder path", "source-path");
        TextField query = field("EDGAR search query", "source-query");
        TextField schedule = field("Schedule (cron, empty = manual)", "source-schedule");
        schedule.setPlaceholder("0 0 */6 * * *  or  @hourly");
        Checkbox enabled = new Checkbox("Enabled", true);
        kind.addValueChangeListener(e -> {
            SourceKind k = e.getValue();
            url.setVisible(k != SourceKind.FOLDER);
            url.setLabel(k == SourceKind.EDGAR || k == SourceKind.EDGAR_SEARCH ? "EDGAR base URL (optional)" : "URL");
            cik.setVisible(k == SourceKind.EDGAR);
            path.setVisible(k == SourceKind.FOLDER);
            query.setVisible(k == SourceKind.EDGAR_SEARCH);
        });
        if (existing != null) {
            kind.setValue(existing.kind());
            name.setValue(nullToEmpty(existing.name()));
            url.setValue(nullToEmpty(existing.url()));
            cik.setValue(nullToEmpty(existing.cik()));
            path.setValue(nullToEmpty(existing.path()));
            query.setValue(nullToEmpty(existing.query()));
            schedule.setValue(nullToEmpty(existing.schedule()));
            enabled.setValue(existing.enabled());
        } else {
            kind.setValue(SourceKind.FEED);
        }
        Button save = new Button("Save", e -> {
            SourceRequest request = new SourceRequest(
                    kind.getValue(),
                    url.isVisible() ? url.getValue() : null,
                    cik.isVisible() ? cik.getValue() : null,
                    path.isVisible() ? path.getValue() : null,
                    query.isVisible() ? query.getValue() : null,
                    name.getValue(),
                    schedule.getValue(),
                    enabled.getValue());
            boolean saved = act(() -> {
                if (existing == null) {
                    sources.create(actor, request);
                } else {
                    sources.update(actor, existing.id(), request);
                }
            });
            if (saved) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-source");
        dialog.add(new VerticalLayout(kind, name, url, cik, path, query, schedule, enabled));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }

    private static TextField field(String label, String id) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setWidthFull();
        return field;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private boolean act(Runnable action) {
        try {
            action.run();
            refreshSources();
            refreshJobs();
            return true;
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    private static void notify(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void refreshSources() {
        sourceGrid.setItems(sources.list());
    }

    private void refreshJobs() {
        show(jobs.list(null, 0, JOBS_SHOWN).items());
    }

    private void show(List<JobRun> runs) {
        if (!runs.equals(shownJobs)) {
            shownJobs = runs;
            jobGrid.setItems(runs);
        }
    }

    /** Polls the job runs once a second and pushes changes to the browser while the view is open. */
    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        Supplier<List<JobRun>> latest = () -> jobs.list(null, 0, JOBS_SHOWN).items();
        poller = Thread.ofVirtual().name("sources-view-poller").start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(1_000);
                    List<JobRun> runs = latest.get();
                    ui.access(() -> show(runs));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // the UI or the application is closing
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poller != null) {
            poller.interrupt();
        }
    }
}
