/**
 * Search: the Lucene index of documents and deals, derived from PostgreSQL and caught up from a change watermark.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"deal", "security", "shared"})
package org.pactwatch.search;
