package org.pactwatch.deal.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import org.pactwatch.deal.DealPipeline;
import org.pactwatch.deal.DealsExtracted;
import org.pactwatch.extraction.DealExtractor;
import org.pactwatch.extraction.ExtractionRequest;
import org.pactwatch.extraction.ExtractionResult;
import org.pactwatch.ingest.DocumentService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class DefaultDealPipeline implements DealPipeline {

    private static final Logger log = LoggerFactory.getLogger(DefaultDealPipeline.class);
    private static final int MAX_ERROR_LENGTH = 2000;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ObjectProvider<DealExtractor> extractors;
    private final DealClusterer clusterer;
    private final ApplicationEventPublisher events;
    private final DocumentService documents;
    /** Events arrive on virtual threads without limit; extraction is CPU- and memory-heavy, so bound it. */
    private final Semaphore extracting =
            new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
    /**
     * One clustering transaction at a time in this JVM, taken before the transaction opens: otherwise every
     * waiting listener holds a pooled connection while it waits for the advisory lock, and a bulk ingest
     * exhausts the pool. The advisory lock still serializes clustering across instances.
     */
    private final ReentrantLock clustering = new ReentrantLock();

    DefaultDealPipeline(
            JdbcClient jdbc,
            TransactionTemplate tx,
            ObjectProvider<DealExtractor> extractors,
            DealClusterer clusterer,
            ApplicationEventPublisher events,
            DocumentService documents) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.tx = tx;
        this.extractors = extractors;
        this.clusterer = clusterer;
        this.events = events;
    }

    private record StoredDocument(long id, String text, LocalDate published, String kind, String filingCompany) {}

    @Override
    public Outcome process(long documentId) {
        Optional<StoredDocument> document = jdbc.sql("""
                        select id, text, published_date, kind, filing_company from document_read where id = :id
                        """)
                .param("id", documentId)
                .query((rs, n) -> new StoredDocument(
                        rs.getLong(1), rs.getString(2), toLocalDate(rs.getDate(3)), rs.getString(4), rs.getString(5)))
                .optional();
        if (document.isEmpty()) {
            log.warn("Document {} is gone; nothing to extract", documentId);
            return new Outcome(documentId, false, "no such document", List.of());
        }
        DealExtractor extractor = extractors.getIfAvailable();
        if (extractor == null) {
            return fail(documentId, "no deal extractor is configured", "none");
        }
        ExtractionResult result = extract(extractor, document.get());
        if (result.error() != null) {
            return fail(documentId, result.error(), extractor.version());
        }
        clustering.lock();
        List<Long> dealIds;
        try {
            dealIds = cluster(documentId, document.get(), result, extractor.version());
        } finally {
            clustering.unlock();
        }
        return new Outcome(documentId, true, null, dealIds);
    }

    private List<Long> cluster(long documentId, StoredDocument document, ExtractionResult result, String version) {
        return tx.execute(status -> {
            List<Long> touched = clusterer.replaceMentions(
                    documentId, document.published(), result.deals() == null ? List.of() : result.deals());
            documents.markExtracted(documentId, version);
            events.publishEvent(new DealsExtracted(documentId, touched));
            return touched;
        });
    }

    private ExtractionResult extract(DealExtractor extractor, StoredDocument document) {
        String registrant = "FILING".equals(document.kind()) ? document.filingCompany() : null;
        ExtractionRequest request =
                new ExtractionRequest(String.valueOf(document.id()), document.text(), document.published(), registrant);
        extracting.acquireUninterruptibly();
        try {
            return extractor.extract(request);
        } catch (RuntimeException e) {
            // the contract says extractors report errors in the result; a crash is recorded the same way
            log.warn("Extractor failed on document {}", document.id(), e);
            return ExtractionResult.failed(request, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            extracting.release();
        }
    }

    private Outcome fail(long documentId, String error, String version) {
        String message = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        tx.executeWithoutResult(status -> documents.markExtractionFailed(documentId, message, version));
        return new Outcome(documentId, false, message, List.of());
    }

    private static LocalDate toLocalDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
