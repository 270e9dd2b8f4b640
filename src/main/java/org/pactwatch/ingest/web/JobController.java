package org.pactwatch.ingest.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import org.pactwatch.ingest.JobRun;
import org.pactwatch.ingest.JobService;
import org.pactwatch.ingest.JobService.JobPage;
import org.pactwatch.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/jobs")
@PreAuthorize("hasRole('" + Role.Names.ANALYST + "')")
@Tag(name = "Jobs", description = "Ingest job runs: status, counts, cancel, retry of failed documents (ANALYST)")
class JobController {

    private final JobService jobs;

    JobController(JobService jobs) {
        this.jobs = jobs;
    }

    @GetMapping
    @Operation(
            operationId = "listJobs",
            summary = "Job runs, newest first",
            description = "{\"total\", \"items\"}; sourceId filters")
    JobPage list(
            @RequestParam(required = false) Long sourceId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw new IllegalArgumentException("page must be ≥ 0 and size between 1 and 200");
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("page × size must stay below " + Integer.MAX_VALUE);
        }
        return jobs.list(sourceId, page, size);
    }

    @GetMapping("/{id}")
    @Operation(
            operationId = "getJob",
            summary = "One job run",
            description = "status QUEUED|RUNNING|SUCCEEDED|FAILED|CANCELLED, "
                    + "counts seen/new/duplicate/failed, total, errorSamples")
    JobRun get(@PathVariable long id) {
        return jobs.get(id);
    }

    @PostMapping("/{id}/cancel")
    @Operation(operationId = "cancelJob", summary = "Cancel a queued or running job")
    @ApiResponse(responseCode = "202", description = "The job run, asked to stop")
    ResponseEntity<JobRun> cancel(@PathVariable long id, Principal user) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(jobs.cancel(user.getName(), id));
    }

    @PostMapping("/{id}/retry")
    @Operation(operationId = "retryJob", summary = "Retry the failed documents of a finished job")
    @ApiResponse(responseCode = "202", description = "The new job run")
    ResponseEntity<JobRun> retry(@PathVariable long id, Principal user) {
        JobRun run = jobs.retryFailed(user.getName(), id);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/jobs/" + run.id()))
                .body(run);
    }
}
