package org.pactwatch.ingest;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.pactwatch.ingest.job.CronSchedules;
import org.pactwatch.ingest.job.JobScheduler;
import org.pactwatch.ingest.source.IngestProperties;
import org.pactwatch.ingest.store.SourceRepository;
import org.pactwatch.security.Role;
import org.pactwatch.shared.AuditLog;
import org.pactwatch.shared.DataDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sources: validated, audited and (re)scheduled on every change. Invalid input raises IllegalArgumentException
 * with a message meant for the user; an unknown id raises NoSuchElementException.
 */
@Service
public class SourceService {

    /** Actor name of the command line, which may read any local folder. */
    public static final String CLI_ACTOR = "cli";

    private final SourceRepository sources;
    private final JobScheduler scheduler;
    private final AuditLog audit;
    private final List<Path> folderRoots;

    SourceService(
            SourceRepository sources,
            JobScheduler scheduler,
            AuditLog audit,
            IngestProperties properties,
            DataDirectory dataDirectory) {
        this.sources = sources;
        this.scheduler = scheduler;
        this.audit = audit;
        this.folderRoots = properties.folderRoots().isEmpty()
                ? List.of(dataDirectory.root().resolve("inbox"))
                : properties.folderRoots().stream()
                        .map(p -> Path.of(p).toAbsolutePath().normalize())
                        .toList();
    }

    /** Every configured source. */
    @Transactional(readOnly = true)
    public List<Source> list() {
        return sources.findAll();
    }

    /** The source with this id; NoSuchElementException if there is none. */
    @Transactional(readOnly = true)
    public Source get(long id) {
        return sources.find(id).orElseThrow(() -> new NoSuchElementException("no source " + id));
    }

    /** Validates and stores a new source on the actor's behalf. */
    @Transactional
    @PreAuthorize("hasRole('" + Role.Names.ANALYST + "')")
    public Source create(String actor, SourceRequest request) {
        Valid valid = validate(actor, request);
        Source created =
                sources.insert(valid.toSource(0, request.enabled() == null || request.enabled(), actor, null, null));
        audit.record(actor, "source.create", "source", created.id(), null, created);
        scheduler.reschedule(created);
        return created;
    }

    /** Validates and applies the actor's changes to a source. */
    @Transactional
    @PreAuthorize("hasRole('" + Role.Names.ANALYST + "')")
    public Source update(String actor, long id, SourceRequest request) {
        Source before = get(id);
        SourceRequest merged = new SourceRequest(
                request.kind() != null ? request.kind() : before.kind(),
                request.url(),
                request.cik(),
                request.path(),
                request.query(),
                request.name(),
                request.schedule(),
                request.enabled() != null ? request.enabled() : before.enabled());
        Valid valid = validate(actor, merged);
        Source after = sources.update(
                valid.toSource(id, merged.enabled(), before.createdBy(), before.createdAt(), before.updatedAt()));
        audit.record(actor, "source.update", "source", id, before, after);
        scheduler.reschedule(after);
        return after;
    }

    /** Deletes a source, recording the actor. */
    @Transactional
    @PreAuthorize("hasRole('" + Role.Names.ANALYST + "')")
    public void delete(String actor, long id) {
        Source before = get(id);
        sources.delete(id);
        audit.record(actor, "source.delete", "source", id, before, null);
        scheduler.unschedule(id);
    }

    /** For the CLI: the source of this kind at this location, created on first use. */
    @Transactional
    @PreAuthorize("hasRole('" + Role.Names.ANALYST + "')")
    public Source findOrCreate(String actor, SourceRequest request) {
        Valid valid = validate(actor, request);
        return sources.findSame(valid.kind, valid.url, valid.cik, valid.path, valid.query)
                .orElseGet(() -> create(actor, request));
    }

    /** The source of the bundled sample corpus, created on first use (command line, benchmarks). */
    @Transactional
    @PreAuthorize("hasRole('" + Role.Names.ANALYST + "')")
    public Source sampleSource(String actor) {
        return sources.findFirstOfKind(SourceKind.SAMPLE)
                .orElseGet(() -> sources.insertBuiltIn(SourceKind.SAMPLE, "Sample corpus", actor));
    }

    private record Valid(
            SourceKind kind, String name, String url, String cik, String path, String query, String schedule) {

        Source toSource(long id, boolean enabled, String createdBy, Instant createdAt, Instant updatedAt) {
            return new Source(
                    id, kind, name, url, cik, path, query, schedule, enabled, createdBy, createdAt, updatedAt);
        }
    }

    private Valid validate(String actor, SourceRequest request) {
        if (request == null || request.kind() == null) {
            throw new IllegalArgumentException("kind is required: FEED, WEB, SITEMAP, EDGAR, EDGAR_SEARCH or FOLDER");
        }
        String schedule = CronSchedules.normalize(request.schedule());
        String name = blankToNull(request.name());
        return switch (request.kind()) {
            case FEED, WEB, SITEMAP -> {
                String url = httpUrl(request.url());
                yield new Valid(
                        request.kind(),
                        name != null ? name : defaultName(request.kind(), url),
                        url,
                        null,
                        null,
                        null,
                        schedule);
            }
            case EDGAR -> {
                String cik = cik(request.cik());
                String base = request.url() == null || request.url().isBlank() ? null : httpUrl(request.url());
                yield new Valid(
                        request.kind(), name != null ? name : "EDGAR CIK " + cik, base, cik, null, null, schedule);
            }
            case EDGAR_SEARCH -> {
                String query = blankToNull(request.query());
                if (query == null) {
                    throw new IllegalArgumentException("an EDGAR_SEARCH source needs a query");
                }
                String base = request.url() == null || request.url().isBlank() ? null : httpUrl(request.url());
                yield new Valid(
                        request.kind(),
                        name != null ? name : "EDGAR search: " + query,
                        base,
                        null,
                        null,
                        query,
                        schedule);
            }
            case FOLDER -> {
                String path = folder(actor, request.path());
                yield new Valid(
                        request.kind(), name != null ? name : "Folder " + path, null, null, path, null, schedule);
            }
            case UPLOAD, SAMPLE ->
                throw new IllegalArgumentException(
                        request.kind()
                                + " sources are created by the application; use FEED, WEB, SITEMAP, EDGAR, EDGAR_SEARCH or FOLDER");
        };
    }

    private static String httpUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("url is required for FEED, WEB and SITEMAP sources");
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("url must be an http or https URL with a host: " + url);
            }
            return uri.toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("url is not a valid URL: " + url);
        }
    }

    private static String cik(String cik) {
        String digits = cik == null ? "" : cik.strip().replaceFirst("(?i)^CIK", "");
        if (!digits.matches("\\d{1,10}")) {
            throw new IllegalArgumentException("cik must be 1 to 10 digits (SEC Central Index Key), not '" + cik + "'");
        }
        return "0".repeat(10 - digits.length()) + digits;
    }

    private String folder(String actor, String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("path is required for FOLDER sources");
        }
        Path folder = Path.of(path.strip()).toAbsolutePath().normalize();
        if (!CLI_ACTOR.equals(actor) && folderRoots.stream().noneMatch(folder::startsWith)) {
            throw new IllegalArgumentException("folder " + folder + " is outside the allowed folders " + folderRoots
                    + " (an admin sets pactwatch.ingest.folder-roots)");
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("folder " + folder + " does not exist");
        }
        return folder.toString();
    }

    private static String defaultName(SourceKind kind, String url) {
        String host = URI.create(url).getHost();
        return switch (kind) {
            case FEED -> "Feed " + host;
            case SITEMAP -> "Sitemap " + host;
            default -> "Page " + url;
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
