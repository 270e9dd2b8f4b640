package org.pactwatch.ingest.store;

/**
 * What storing a draft did. {@code storedByThisJob}: the duplicate was stored by the same job run before an
 * interruption, so a resumed run counts it as new rather than duplicate.
 */
public record StoreOutcome(boolean added, long documentId, boolean storedByThisJob) {}
