package org.pactwatch.ingest.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import org.pactwatch.ingest.DocumentDetail;
import org.pactwatch.ingest.DocumentPage;
import org.pactwatch.ingest.DocumentService;
import org.pactwatch.ingest.DocumentUpload;
import org.pactwatch.ingest.UploadResult;
import org.pactwatch.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Documents", description = "Stored news articles and filings; uploads")
class DocumentController {

    private static final String READERS =
            "hasAnyRole('" + Role.Names.ANALYST + "','" + Role.Names.STRATEGIST + "','" + Role.Names.REGULATOR + "')";
    private static final String WRITERS = "hasRole('" + Role.Names.ANALYST + "')";

    private static final String UPLOAD = "As JSON (title, text, url …) or as a multipart/form-data .txt, .html, .pdf "
            + "or .docx file in the part 'file' with optional 'title' and 'url'";

    private final DocumentService documents;

    DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(
            operationId = "listDocuments",
            summary = "List documents",
            description = "{\"total\", \"items\"}; q is a Lucene classic query, the language of /api/v1/search "
                    + "(words, \"phrases\", field:value, wildcards; best match first, newest first when blank), "
                    + "status filters by STORED|EXTRACTED|FAILED")
    DocumentPage list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return documents.search(q, status, page, size);
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    @Operation(operationId = "getDocument", summary = "One document with its text")
    DocumentDetail get(@PathVariable long id) {
        return documents.get(id);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(WRITERS)
    @Operation(operationId = "uploadDocument", summary = "Upload a document", description = UPLOAD)
    @ApiResponse(responseCode = "201", description = "Stored as a new document")
    @ApiResponse(responseCode = "200", description = "The URL or text was already stored: the existing document")
    ResponseEntity<UploadResult> uploadJson(@RequestBody DocumentUpload upload, Principal user) {
        return answer(documents.upload(user.getName(), upload));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(WRITERS)
    @Operation(operationId = "uploadDocument", summary = "Upload a document", description = UPLOAD)
    @ApiResponse(responseCode = "201", description = "Stored as a new document")
    @ApiResponse(responseCode = "200", description = "The URL or text was already stored: the existing document")
    ResponseEntity<UploadResult> uploadFile(
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String url,
            Principal user)
            throws IOException {
        return answer(documents.uploadFile(
                user.getName(), file.getOriginalFilename(), file.getContentType(), file.getBytes(), title, url));
    }

    private static ResponseEntity<UploadResult> answer(UploadResult result) {
        if (result.duplicate()) {
            return ResponseEntity.ok(result);
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/documents/" + result.documentId()))
                .body(result);
    }
}
