package org.pactwatch.deal.internal;

import org.pactwatch.deal.DealPipeline;
import org.pactwatch.ingest.DocumentStored;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Extracts every stored document. Not transactional itself (extraction takes seconds and must not hold a
 * connection); the event publication registry re-delivers the event if the application stops before this
 * returns, and {@link DealPipeline#process} is idempotent.
 */
@Component
class DocumentExtractionListener {

    private final DealPipeline pipeline;

    DocumentExtractionListener(DealPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Async(ExtractionExecutorConfiguration.EXECUTOR)
    @TransactionalEventListener
    public void on(DocumentStored event) {
        pipeline.process(event.documentId());
    }
}
