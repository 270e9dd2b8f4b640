/**
 * Deals: turns extraction results into deal records (clustered across documents), the review workflow and deal queries.
 */
@org.springframework.modulith.ApplicationModule
package org.pactwatch.deal;
