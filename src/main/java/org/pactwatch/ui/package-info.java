/**
 * The Vaadin user interface: thin views over the other modules' services.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "alert",
            "briefing",
            "company",
            "deal",
            "extraction",
            "graph",
            "ingest",
            "report",
            "search",
            "security",
            "shared"
        })
package org.pactwatch.ui;
