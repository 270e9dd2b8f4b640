/**
 * Regulators' tie-up summaries and their exports (PDF, CSV, JSON, XLSX). Reads deals, companies and documents
 * through the SQL views their owners publish to it (see "Who owns which table" in docs/architecture.md); the paired
 * deals of a relationship come from the graph module's {@code TieUpService}, so that they are the ones the strategist
 * views show.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"graph", "security", "shared"})
package org.pactwatch.report;
