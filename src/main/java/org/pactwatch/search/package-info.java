/**
 * Search: the Lucene index of documents and deals, derived from PostgreSQL and caught up from a change watermark.
 * It indexes from the read models (SQL views) the ingest, deal and company modules publish to it, never their tables
 * (see "Who owns which table" in docs/architecture.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"deal", "ingest", "security", "shared"})
package org.pactwatch.search;
