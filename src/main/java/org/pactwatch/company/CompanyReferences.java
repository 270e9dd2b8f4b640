package org.pactwatch.company;

/**
 * Rows another module keeps that point at companies (a deal's payer and payee). When two companies are merged,
 * {@link CompanyService#merge} calls every such bean in its own transaction, so that no row ever points at a
 * merged company; the company module never writes another module's tables itself.
 */
public interface CompanyReferences {

    /**
     * Moves this module's references from {@code sourceId} to {@code targetId}, in the caller's transaction.
     *
     * @return how many rows now point at the target instead of the source
     */
    int repoint(long sourceId, long targetId);
}
