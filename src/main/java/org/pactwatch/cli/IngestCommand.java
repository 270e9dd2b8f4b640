package org.pactwatch.cli;

import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import org.pactwatch.ingest.ErrorSample;
import org.pactwatch.ingest.JobRun;
import org.pactwatch.ingest.JobService;
import org.pactwatch.ingest.JobStatus;
import org.pactwatch.ingest.Source;
import org.pactwatch.ingest.SourceKind;
import org.pactwatch.ingest.SourceRequest;
import org.pactwatch.ingest.SourceService;
import org.pactwatch.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ingest}: runs one ingest job synchronously without a web server and prints its counts. Exit 0 when
 * the job succeeded with no failed document, 1 otherwise, 2 for bad usage.
 */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = "Run an ingest job now: a configured source, a folder, a URL, an EDGAR CIK or the sample corpus.")
final class IngestCommand implements Callable<Integer> {

    static final class Target {
        @Option(names = "--source", description = "id of a configured source")
        Long sourceId;

        @Option(names = "--folder", description = "folder of .txt, .html, .pdf and .docx files")
        String folder;

        @Option(names = "--url", description = "feed, article or sitemap URL (with --kind)")
        String url;

        @Option(names = "--edgar", description = "SEC EDGAR CIK")
        String cik;

        @Option(names = "--edgar-search", description = "SEC EDGAR full-text search query")
        String edgarQuery;

        @Option(names = "--sample", description = "the bundled sample corpus (no network)")
        boolean sample;
    }

    @ArgGroup(multiplicity = "1")
    Target target;

    @Option(names = "--kind", description = "kind of --url: FEED, WEB or SITEMAP")
    SourceKind kind;

    @Override
    public Integer call() {
        if (target.url != null
                && (kind == null
                        || !List.of(SourceKind.FEED, SourceKind.WEB, SourceKind.SITEMAP)
                                .contains(kind))) {
            System.err.println("pactwatch ingest: --url needs --kind FEED, WEB or SITEMAP");
            return PactwatchCli.USAGE;
        }
        try (var context = SpringContext.start()) {
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                            SourceService.CLI_ACTOR,
                            null,
                            List.of(new SimpleGrantedAuthority(Role.ANALYST.authority()))));
            SourceService sources = context.getBean(SourceService.class);
            JobService jobs = context.getBean(JobService.class);
            Source source = source(sources);
            System.out.println("ingesting " + source.kind() + " source " + source.id() + " (" + source.name() + ")");
            JobRun run = jobs.runAndWait(SourceService.CLI_ACTOR, source.id());
            print(run);
            return run.status() == JobStatus.SUCCEEDED && run.failed() == 0 ? 0 : 1;
        } catch (IllegalArgumentException | NoSuchElementException e) {
            System.err.println("pactwatch ingest: " + e.getMessage());
            return PactwatchCli.USAGE;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Source source(SourceService sources) {
        if (target.sourceId != null) {
            return sources.get(target.sourceId);
        }
        if (target.sample) {
            return sources.sampleSource(SourceService.CLI_ACTOR);
        }
        SourceRequest request;
        if (target.folder != null) {
            request = SourceRequest.of(SourceKind.FOLDER, target.folder);
        } else if (target.cik != null) {
            request = SourceRequest.of(SourceKind.EDGAR, target.cik);
        } else if (target.edgarQuery != null) {
            request = SourceRequest.of(SourceKind.EDGAR_SEARCH, target.edgarQuery);
        } else {
            request = SourceRequest.of(kind, target.url);
        }
        return sources.findOrCreate(SourceService.CLI_ACTOR, request);
    }

    private static void print(JobRun run) {
        Duration took = run.startedAt() == null || run.finishedAt() == null
                ? Duration.ZERO
                : Duration.between(run.startedAt(), run.finishedAt());
        double seconds = Math.max(took.toMillis(), 1) / 1000.0;
        System.out.printf(
                "job %d %s: seen %d, new %d, duplicate %d, failed %d in %.2f s (%.1f documents/s)%n",
                run.id(),
                run.status(),
                run.seen(),
                run.newCount(),
                run.duplicate(),
                run.failed(),
                seconds,
                run.seen() / seconds);
        if (run.message() != null) {
            System.out.println(run.message());
        }
        for (ErrorSample sample : run.errorSamples()) {
            System.err.println("  failed: " + sample.item() + ": " + sample.error());
        }
    }
}
