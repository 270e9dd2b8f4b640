package org.pactwatch.extraction;

/**
 * Finds deals in one document's text. Implementations are thread-safe and load their models once;
 * a failing document yields a result with {@code error} set, never an exception.
 */
public interface DealExtractor {

    /** Extracts the deals of one document; never throws (a failure sets the result's error). */
    ExtractionResult extract(ExtractionRequest request);

    /** Identifies the rules and models, stored with every extraction so results can be traced. */
    String version();
}
