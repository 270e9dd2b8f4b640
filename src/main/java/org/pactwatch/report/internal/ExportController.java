package org.pactwatch.report.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
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
@Tag(name = "Exports", description = "Evidence-grade tie-up summaries as PDF, CSV, JSON or XLSX files (REGULATOR)")
class ExportController {

    /** The request body of POST /api/v1/exports; dates are ISO (2024-01-31), format PDF, CSV, JSON or XLSX. */
    record ExportRequest(
            @Schema(description = "company names, aliases or ids; their subsidiaries are included")
            List<String> companies,

            @Schema(description = "first deal date, YYYY-MM-DD", format = "date")
            String from,

            @Schema(description = "last deal date, YYYY-MM-DD", format = "date")
            String to,

            @Schema(
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    allowableValues = {"PDF", "CSV", "JSON", "XLSX"})
            String format) {}

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The answer of the endpoints that send an export file. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @ApiResponse(
            responseCode = "200",
            description = "The file, as an attachment",
            content = {
                @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/json", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary"))
            })
    @interface ExportFileResponse {}

    private final ExportService exports;

    ExportController(ExportService exports) {
        this.exports = exports;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            operationId = "createExport",
            summary = "Export the tie-ups of companies as a file",
            description = "The file is stored and listed; headers X-Export-Id and X-Content-SHA256 identify it")
    @ExportFileResponse
    ResponseEntity<byte[]> export(@RequestBody ExportRequest request, Authentication user) {
        ExportFormat format = ExportFormat.parse(request.format());
        ExportScope scope =
                new ExportScope(request.companies(), date("from", request.from()), date("to", request.to()));
        return file(exports.export(user.getName(), scope, format));
    }

    @GetMapping
    @Operation(operationId = "listExports", summary = "Past exports, newest first")
    List<ExportRecord> list(
            @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
        return exports.list(offset, limit);
    }

    @GetMapping("/{id:\\d+}")
    @Operation(operationId = "downloadExport", summary = "Download a past export again, byte for byte")
    @ExportFileResponse
    ResponseEntity<?> download(@PathVariable long id) {
        return exports.find(id)
                .<ResponseEntity<?>>map(ExportController::file)
                .orElseGet(() ->
                        ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no export with id " + id)));
    }

    @GetMapping(value = "/schema", produces = "application/schema+json")
    @Operation(operationId = "getExportSchema", summary = "The JSON Schema of the JSON export format")
    @ApiResponse(
            responseCode = "200",
            description = "A JSON Schema (draft 2020-12)",
            content = @Content(mediaType = "application/schema+json", schema = @Schema(type = "object")))
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
