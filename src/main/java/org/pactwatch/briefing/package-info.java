/**
 * The dashboard briefing: what changed since a user's last visit, the largest recent deals, deal value by month and
 * type, the most active companies, the analysts' review queue, the user's alerts and the ingest health. Reads deals
 * through the deal module's published views and everything else through the owners' services.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"alert", "deal", "extraction", "ingest", "security", "shared"})
package org.pactwatch.briefing;
