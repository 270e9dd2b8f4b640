/**
 * Deals: turns extraction results into deal records (clustered across documents), the review workflow and deal queries.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"company", "extraction", "ingest", "security", "shared"})
package org.pactwatch.deal;
