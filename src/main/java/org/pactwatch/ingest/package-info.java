/**
 * Ingest: sources (feeds, web pages, sitemaps, SEC EDGAR, folders, uploads), polite fetching, job runs and document storage. Publishes {@link org.pactwatch.ingest.DocumentStored} for every new document.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"security", "shared"})
package org.pactwatch.ingest;
