package org.pactwatch.report.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.pactwatch.report.ExportFile;
import org.pactwatch.report.ExportFormat;
import org.pactwatch.report.ExportRecord;
import org.pactwatch.report.ExportScope;
import org.pactwatch.report.ExportService;
import org.pactwatch.report.InvalidExportException;
import org.pactwatch.security.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/v1/exports produces a file; GET lists past exports and downloads them again. REGULATOR only. */
@RestController
@RequestMapping("/api/v1/exports")
@PreAuthorize("hasRole('" + Role.Names.REGULATOR + "')")
class ExportController {

    /** The request body of POST /api/v1/exports; dates are ISO (2024-01-31), format PDF, CSV, JSON or XLSX. */
    record ExportRequest(List<String> companies, String from, String to, String format) {}

    private final ExportService exports;

    ExportController(ExportService exports) {
        this.exports = exports;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> export(@RequestBody ExportRequest request, Authentication user) {
        ExportFormat format = ExportFormat.parse(request.format());
        ExportScope scope =
                new ExportScope(request.companies(), date("from", request.from()), date("to", request.to()));
        return file(exports.export(user.getName(), scope, format));
    }

    @GetMapping
    List<ExportRecord> list(
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
        return exports.list(offset, limit);
    }

    @GetMapping("/{id:\\d+}")
    ResponseEntity<?> download(@PathVariable long id) {
        return exports.find(id)
                .<ResponseEntity<?>>map(ExportController::file)
                .orElseGet(() ->
                        ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no export with id " + id)));
    }

    @GetMapping(value = "/schema", produces = "application/schema+json")
    String schema() {
        return exports.jsonSchema();
    }

    @ExceptionHandler(InvalidExportException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, String> invalid(InvalidExportException e) {
        return Map.of("error", e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, String> unreadable(HttpMessageNotReadableException e) {
        return Map.of(
                "error",
                "the body must be JSON like {\"companies\":[\"Amazon\",\"Anthropic\"],\"from\":\"2023-01-01\",\"to\":null,\"format\":\"PDF\"}");
    }

    private static ResponseEntity<byte[]> file(ExportFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .header("X-Export-Id", String.valueOf(file.id()))
                .header("X-Content-SHA256", file.sha256())
                .body(file.content());
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidExportException(field + " must be an ISO date like 2024-01-31, not '" + value + "'");
        }
    }
}
