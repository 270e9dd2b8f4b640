package org.pactwatch.ingest.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.pactwatch.ingest.JobRun;
import org.pactwatch.ingest.JobService;
import org.pactwatch.ingest.Source;
import org.pactwatch.ingest.SourceRequest;
import org.pactwatch.ingest.SourceService;
import org.pactwatch.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sources")
@PreAuthorize("hasRole('" + Role.Names.ANALYST + "')")
@Tag(name = "Sources", description = "Feeds, web pages, sitemaps, SEC EDGAR and folders that ingest reads (ANALYST)")
class SourceController {

    private final SourceService sources;
    private final JobService jobs;

    SourceController(SourceService sources, JobService jobs) {
        this.sources = sources;
        this.jobs = jobs;
    }

    @PostMapping
    @Operation(
            operationId = "createSource",
            summary = "Create a source",
            description = "kind FEED|WEB|SITEMAP (url), EDGAR (cik), EDGAR_SEARCH (query), "
                    + "FOLDER (path); schedule is a cron expression or null for manual runs only")
    @ApiResponse(responseCode = "201", description = "The new source with its id")
    ResponseEntity<Source> create(@RequestBody SourceRequest request, Principal user) {
        Source created = sources.create(user.getName(), request);
        return ResponseEntity.created(URI.create("/api/v1/sources/" + created.id()))
                .body(created);
    }

    @GetMapping
    @Operation(operationId = "listSources", summary = "List sources")
    List<Source> list() {
        return sources.list();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getSource", summary = "One source")
    Source get(@PathVariable long id) {
        return sources.get(id);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updateSource", summary = "Change a source (fields as for create)")
    Source update(@PathVariable long id, @RequestBody SourceRequest request, Principal user) {
        return sources.update(user.getName(), id, request);
    }

    @DeleteMapping("/{id}")
    @Operation(operationId = "deleteSource", summary = "Delete a source (its documents and job runs stay)")
    @ApiResponse(responseCode = "204", description = "Deleted")
    ResponseEntity<Void> delete(@PathVariable long id, Principal user) {
        sources.delete(user.getName(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/run")
    @Operation(
            operationId = "runSource",
            summary = "Run a source now",
            description = "Queues a job run; poll it with getJob until it is SUCCEEDED, FAILED or CANCELLED")
    @ApiResponse(responseCode = "202", description = "The queued job run (or the source's active run)")
    ResponseEntity<JobRun> run(@PathVariable long id, Principal user) {
        JobRun run = jobs.run(user.getName(), id);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/jobs/" + run.id()))
                .body(run);
    }
}
