package org.pactwatch.deal;

/** Extracts the deals of a stored document and clusters them into deal records. */
public interface DealPipeline {

    /** What happened to one document. */
    record Outcome(long documentId, boolean extracted, String error, java.util.List<Long> dealIds) {}

    /**
     * Runs the extractor on the document and replaces its mentions (idempotent: running it twice leaves the
     * same deals); the document ends EXTRACTED, or FAILED with the error. Publishes {@link DealsExtracted}.
     */
    Outcome process(long documentId);
}
