package org.pactwatch.ingest;

import java.util.List;
import java.util.NoSuchElementException;
import org.pactwatch.ingest.parse.DocumentDraft;
import org.pactwatch.ingest.parse.FileTextExtractor;
import org.pactwatch.ingest.parse.ParseException;
import org.pactwatch.ingest.store.DocumentRepository;
import org.pactwatch.ingest.store.InvalidDocumentException;
import org.pactwatch.ingest.store.SourceRepository;
import org.pactwatch.ingest.store.StoreOutcome;
import org.pactwatch.security.Role;
import org.pactwatch.shared.AuditLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored documents: listing (filtered by a Lucene query through {@link DocumentMatcher}), details, and uploads
 * (stored through the same dedupe).
 */
@Service
public class DocumentService {

    public static final int MAX_PAGE_SIZE = 200;

    private final DocumentRepository documents;
    private final SourceRepository sources;
    private final AuditLog audit;
    private final ObjectProvider<DocumentMatcher> matcher;

    DocumentService(
            DocumentRepository documents,
            SourceRepository sources,
            AuditLog audit,
            ObjectProvider<DocumentMatcher> matcher) {
        this.documents = documents;
        this.sources = sources;
        this.audit = audit;
        this.matcher = matcher;
    }

    /**
     * Documents the Lucene query {@code q} matches (best first; all documents, newest first, when blank);
     * {@code status} STORED, EXTRACTED or FAILED filters. IllegalArgumentException for a query that cannot be parsed.
     */
    @Transactional(readOnly = true)
    public DocumentPage search(String q, String status, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be ≥ 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        if (status != null && !status.isBlank() && !status.matches("STORED|EXTRACTED|FAILED")) {
            throw new IllegalArgumentException("status must be STORED, EXTRACTED or FAILED");
        }
        String wanted = status == null || status.isBlank() ? null : status;
        if (q == null || q.isBlank()) {
            return documents.list(wanted, page, size);
        }
        DocumentMatcher index = matcher.getIfAvailable();
        if (index == null) {
            throw new IllegalStateException("listing documents by a query needs the search module's index");
        }
        List<Long> ranked = index.matchingDocuments(q, DocumentMatcher.MAX_MATCHES + 1);
        if (ranked.size() > DocumentMatcher.MAX_MATCHES) {
            throw new IllegalArgumentException("the query matches more than " + DocumentMatcher.MAX_MATCHES
                    + " documents; narrow it (e.g. with title:, publisher: or a phrase)");
        }
        return documents.pageOf(ranked, wanted, page, size);
    }

    /** Documents stored and readable, that is all but those that failed. */
    @Transactional(readOnly = true)
    public long countReadable() {
        return documents.countReadable();
    }

    /**
     * Marks a document EXTRACTED by the given extractor version and clears its error; called by the deal module in
     * the transaction that stores the document's deals, so that both commit together.
     */
    @Transactional
    public void markExtracted(long id, String extractorVersion) {
        documents.recordExtraction(id, true, null, extractorVersion);
    }

    /** Marks a document FAILED with the reason its extraction gave, and the extractor's version. */
    @Transactional
    public void markExtractionFailed(long id, String error, String extractorVersion) {
        documents.recordExtraction(id, false, error, extractorVersion);
    }

    /** The document with this id; NoSuchElementException if there is none. */
    @Transactional(readOnly = true)
    public DocumentDetail get(long id) {
        return documents.find(id).orElseThrow(() -> new NoSuchElementException("no document " + id));
    }

    /** Stores a document uploaded by the actor. */
    @Transactional
    @PreAuthorize("hasRole('" + Role.Names.ANALYST + "')")
    public UploadResult upload(String actor, DocumentUpload upload) {
        if (upload == null || upload.text() == null || upload.text().isBlank()) {
            throw new IllegalArgumentException("text is required");
        }
        DocumentDraft draft = new DocumentDraft(
                upload.url(),
                upload.url(),
                upload.title(),
                upload.byline(),
                upload.publisher(),
                upload.published(),
                "text/plain",
                upload.text(),
                upload.kind() == null ? DocumentKind.NEWS : upload.kind(),
                null,
                null);
        return store(actor, draft);
    }

    /** Stores an uploaded .txt, .html, .pdf or .docx file; title and URL override what the file says. */
    @Transactional
    @PreAuthorize("hasRole('" + Role.Names.ANALYST + "')")
    public UploadResult uploadFile(
            String actor, String fileName, String mediaType, byte[] bytes, String title, String url) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("the uploaded file is empty");
        }
        String name = fileName == null || fileName.isBlank() ? "upload.txt" : fileName;
        DocumentDraft draft;
        try {
            draft = FileTextExtractor.extract(name, mediaType, bytes, url);
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot read " + name + ": " + e.getMessage());
        }
        if (title != null && !title.isBlank()) {
            draft = draft.withTitle(title.strip());
        }
        if (url != null && !url.isBlank()) {
            draft = draft.withUrl(url.strip()).withCanonicalUrl(url.strip());
        }
        return store(actor, draft);
    }

    private UploadResult store(String actor, DocumentDraft draft) {
        long sourceId = sources.findFirstOfKind(SourceKind.UPLOAD)
                .orElseGet(() -> sources.insertBuiltIn(SourceKind.UPLOAD, "Uploads", "system"))
                .id();
        StoreOutcome outcome;
        try {
            outcome = documents.store(draft, sourceId, null);
        } catch (InvalidDocumentException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        if (outcome.added()) {
            audit.record(actor, "document.upload", "document", outcome.documentId(), null, draft.title());
        }
        return new UploadResult(outcome.documentId(), !outcome.added(), get(outcome.documentId()));
    }
}
