package org.pactwatch.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.codec.digest.DigestUtils;
import org.pactwatch.report.ExportFile;
import org.pactwatch.report.ExportFormat;
import org.pactwatch.report.ExportRecord;
import org.pactwatch.report.ExportScope;
import org.pactwatch.report.ExportService;
import org.pactwatch.report.TieUpSummary;
import org.pactwatch.security.Role;
import org.pactwatch.shared.AuditLog;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultExportService implements ExportService {

    static final String SCHEMA_RESOURCE = "/report/tieup-summary.schema.json";
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final int MAX_SLUG_CHARS = 40;
    private static final int MAX_SLUG_PARTIES = 4;

    private final TieUpAssembler assembler;
    private final Map<ExportFormat, SummaryRenderer> renderers = new EnumMap<>(ExportFormat.class);
    private final HtmlPreview preview;
    private final ExportRepository exports;
    private final AuditLog auditLog;
    private final Clock clock = Clock.systemUTC();
    private final String schema;

    DefaultExportService(
            TieUpAssembler assembler,
            List<SummaryRenderer> renderers,
            HtmlPreview preview,
            ExportRepository exports,
            AuditLog auditLog) {
        this.assembler = assembler;
        renderers.forEach(r -> this.renderers.put(r.format(), r));
        this.preview = preview;
        this.exports = exports;
        this.auditLog = auditLog;
        this.schema = loadSchema();
    }

    @Override
    @PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
    public List<String> companyNames() {
        return assembler.companyNames();
    }

    @Override
    @PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
    public TieUpSummary summarize(ExportScope scope, Instant generatedAt) {
        return assembler.summarize(scope, generatedAt.truncatedTo(ChronoUnit.SECONDS));
    }

    @Override
    public byte[] render(TieUpSummary summary, ExportFormat format) {
        SummaryRenderer renderer = renderers.get(format);
        if (renderer == null) {
            throw new IllegalStateException("no renderer for " + format);
        }
        return renderer.render(summary);
    }

    @Override
    @PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
    public String previewHtml(ExportScope scope) {
        return preview.render(assembler.summarize(scope, now()));
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
    public ExportFile export(String actor, ExportScope scope, ExportFormat format) {
        Instant generatedAt = now();
        TieUpSummary summary = assembler.summarize(scope, generatedAt);
        byte[] content = render(summary, format);
        String sha256 = DigestUtils.sha256Hex(content);
        String fileName = fileName(summary, format);
        long id = exports.insert(actor, generatedAt, scope, format, fileName, sha256, content);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("companies", scope.companies());
        details.put("from", scope.from() == null ? null : scope.from().toString());
        details.put("to", scope.to() == null ? null : scope.to().toString());
        details.put("format", format.name());
        details.put("fileName", fileName);
        details.put("sha256", sha256);
        details.put("bytes", content.length);
        details.put("generatedAt", generatedAt.toString());
        details.put("relationships", summary.relationships().size());
        auditLog.record(actor, "EXPORT", "export_record", id, null, details);
        return new ExportFile(id, fileName, format, sha256, content);
    }

    @Override
    @PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
    public List<ExportRecord> list(int offset, int limit) {
        return exports.list(Math.max(0, offset), Math.max(1, Math.min(limit, 1000)));
    }

    @Override
    @PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
    public Optional<ExportFile> find(long id) {
        return exports.find(id);
    }

    @Override
    public String jsonSchema() {
        return schema;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** tieup-amazon-anthropic-20261126T061500Z.pdf */
    static String fileName(TieUpSummary summary, ExportFormat format) {
        List<String> parties = summary.scope().resolved().stream()
                .map(TieUpSummary.Party::ultimateParent)
                .distinct()
                .toList();
        String slug = parties.stream()
                .limit(MAX_SLUG_PARTIES)
                .map(DefaultExportService::shortSlug)
                .collect(Collectors.joining("-"));
        if (parties.size() > MAX_SLUG_PARTIES) {
            slug += "-and-" + (parties.size() - MAX_SLUG_PARTIES) + "-more";
        }
        return "tieup-" + slug + "-" + FILE_TIME.format(summary.generatedAt()) + "." + format.extension();
    }

    /** A company's slug cut to 40 characters: a long name must not outgrow the response's header buffer. */
    private static String shortSlug(String name) {
        String slug = Formats.slug(name);
        return slug.length() > MAX_SLUG_CHARS ? slug.substring(0, MAX_SLUG_CHARS) : slug;
    }

    private static String loadSchema() {
        try (InputStream in = DefaultExportService.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
